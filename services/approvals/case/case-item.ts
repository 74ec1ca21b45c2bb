import { Field, ID, Int, ObjectType } from 'type-graphql';

/** An item version a case was accepted under: fixed at submission, never changed afterwards. */
@ObjectType({
  description: 'An item version a case applies for, as it was in force at submission.',
})
export class CaseItem {
  @Field(() => ID, { description: 'Code of the item, e.g. `DRC-001`.' })
  code!: string;

  @Field(() => Int, { description: 'The version in force when the case was submitted.' })
  version!: number;

  @Field({ description: 'Name of the item.' })
  name!: string;

  departmentCode!: string;

  @Field(() => Int, { description: 'Time limit the center promises, in working days.' })
  promisedLimitDays!: number;

  steps!: { kind: string; name: string }[];

  @Field({ description: 'Whether a meeting decides before the chief representative signs.' })
  meetingBeforeSign!: boolean;

  materialTypeCodes!: string[];
}
