import { Field, ID, ObjectType } from 'type-graphql';
import { CaseStatus } from '../../kit';

@ObjectType({ description: "A change of a case's status, as it happens." })
export class CaseStatusUpdate {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field({ description: 'Case number.' })
  reference!: string;

  @Field(() => CaseStatus, { description: 'The status the case has now.' })
  status!: CaseStatus;

  @Field({
    description: "Position of the announcing event in the hub's log: updates come in this order.",
  })
  eventPosition!: string;

  @Field({ description: 'When the change happened.' })
  at!: Date;
}
