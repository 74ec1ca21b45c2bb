import { Field, InputType, ObjectType } from 'type-graphql';
import { Weekday } from './window-kind';

@ObjectType({ description: 'The days one department staffs a comprehensive window.' })
export class WindowShare {
  departmentCode!: string;

  @Field(() => [Weekday], { description: 'Days of the week the department is at the window.' })
  weekdays!: Weekday[];
}

@InputType({ description: 'The days one department staffs a comprehensive window.' })
export class WindowShareInput {
  @Field({ description: 'Department code.' })
  departmentCode!: string;

  @Field(() => [Weekday], { description: 'Days of the week the department is at the window.' })
  weekdays!: Weekday[];
}
