import { CalendarDate } from '../../kit';
import { Field, InputType, Int } from 'type-graphql';
import { EvaluationGrade, StaffDuty } from './staff-duty';

@InputType({ description: 'A member of department staff to register.' })
export class RegisterStaffInput {
  @Field({ description: 'The stable id of the person, as their sign-in token names them.' })
  subject!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Department the person works for.' })
  departmentCode!: string;

  @Field({ description: 'Approval section of that department the person works in.' })
  sectionCode!: string;

  @Field(() => StaffDuty, { description: 'What the person is registered to do.' })
  duty!: StaffDuty;
}

@InputType({ description: 'A work permit to issue.' })
export class IssueWorkPermitInput {
  @Field({ description: 'Registered member of staff.' })
  subject!: string;

  @Field({ description: 'Number printed on the permit.' })
  number!: string;

  @Field(() => CalendarDate, { description: 'First day of validity (ISO date).' })
  issuedOn!: string;

  @Field(() => CalendarDate, { description: 'Last day of validity (ISO date).' })
  expiresOn!: string;
}

@InputType({ description: 'A training completed by a member of staff.' })
export class RecordTrainingInput {
  @Field({ description: 'Registered member of staff.' })
  subject!: string;

  @Field({ description: 'What the training covered.' })
  title!: string;

  @Field(() => CalendarDate, { description: 'Day it was completed (ISO date).' })
  completedOn!: string;

  @Field(() => Int, { description: 'Length in hours.' })
  hours!: number;
}

@InputType({ description: 'The yearly evaluation of a member of staff.' })
export class RecordEvaluationInput {
  @Field({ description: 'Registered member of staff.' })
  subject!: string;

  @Field(() => Int, { description: 'The year evaluated.' })
  year!: number;

  @Field(() => EvaluationGrade, { description: 'The grade.' })
  grade!: EvaluationGrade;

  @Field({ defaultValue: '', description: 'What the evaluator noted.' })
  comment!: string;
}
