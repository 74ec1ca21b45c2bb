import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentAssessedFee } from './fee-charge';

/** An item version the task covers, as the joint approval opened it; never changes afterwards. */
@Directive('@shareable')
@ObjectType({ description: 'An item version a department task covers.' })
export class DepartmentReviewItem {
  @Field(() => ID, { description: 'Code of the item, e.g. `DRC-001`.' })
  code!: string;

  @Field(() => Int, { description: 'The item version the case was accepted under.' })
  version!: number;

  @Field({ description: 'Name of the item.' })
  name!: string;

  @Field({ description: 'Whether a meeting decides before the chief representative signs.' })
  meetingBeforeSign!: boolean;

  @Field(() => Int, { description: 'Time limit the center promises, in working days.' })
  promisedLimitDays!: number;

  @Field(() => [String], {
    description:
      'The steps the item was published with, in order (`ACCEPT`, `REVIEW`, `SIGN`): the steps the task runs.',
  })
  steps!: string[];

  @Field(() => [DepartmentAssessedFee], {
    description:
      "The fees the case's fee assessment allows for the item: all the department may charge for it, with its sign-off; empty when it charges nothing.",
  })
  fees!: DepartmentAssessedFee[];
}
