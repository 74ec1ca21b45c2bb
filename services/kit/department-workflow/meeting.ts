import { CalendarDate } from '../schema/calendar-date';
import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'The meeting an item needs before the chief representative signs.' })
export class DepartmentMeeting {
  @Field(() => CalendarDate, { description: 'Day the meeting was held, `YYYY-MM-DD`.' })
  heldOn!: string;

  @Field({ description: 'What the meeting decided.' })
  minutes!: string;

  @Field({ description: 'Subject of the reviewer who recorded it.' })
  recordedBy!: string;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;
}
