import { CalendarDate } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  MAKE_UP_WORKING_DAY = 'MAKE_UP_WORKING_DAY',
}

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'How a day departs from the Monday-to-Friday rule.',
  valuesConfig: {
    HOLIDAY: { description: 'A public holiday: not a working day.' },
    MAKE_UP_WORKING_DAY: { description: 'A weekend day worked to make up for a holiday.' },
  },
});

@ObjectType({ description: 'A day of the working-day calendar that is not an ordinary day.' })
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field(() => CalendarDate, { description: 'The day (ISO date).' })
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Field(() => CalendarDayKind, { description: 'Holiday or make-up working day.' })
  @Enum({ items: () => CalendarDayKind })
  kind!: CalendarDayKind;

  @Field({ description: 'The holiday it belongs to, e.g. `National Day`.' })
  @Property({ type: 'string' })
  name!: string;
}

@InputType({ description: 'A day of the working-day calendar that is not an ordinary day.' })
export class CalendarDayInput {
  @Field(() => CalendarDate, { description: 'The day (ISO date).' })
  date!: string;

  @Field(() => CalendarDayKind, { description: 'Holiday or make-up working day.' })
  kind!: CalendarDayKind;

  @Field({ description: 'The holiday it belongs to.' })
  name!: string;
}
