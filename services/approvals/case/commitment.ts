import { CalendarDate } from '../../kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The center's documented decision that a case may complete without a committed material.",
})
export class CommitmentException {
  @Field({ description: 'Why the center allows it.' })
  reason!: string;

  @Field({ description: 'Number of the document that records the decision.' })
  documentNumber!: string;

  @Field({ description: 'Stable id of the center administrator who recorded it.' })
  by!: string;

  @Field({ description: 'When it was recorded (ISO-8601).' })
  at!: string;
}

@ObjectType({
  description:
    'One material a case was accepted without under commitment, with its own deadline: supervision warns yellow and red as it nears and passes, and records a violation once it passed unverified.',
})
export class CommittedMaterial {
  @Field({ description: 'Code of the material type committed to.' })
  materialTypeCode!: string;

  @Field(() => CalendarDate, {
    description:
      'Last working day to have it verified (`YYYY-MM-DD`): 5 working days after acceptance, or the case limit if shorter; recomputed when the center changes the calendar.',
  })
  deadlineOn!: string;

  @Field({ description: 'Whether its lead department has verified it since acceptance.' })
  verified!: boolean;
}

@ObjectType({
  description:
    'Materials a case was accepted without, which the applicant committed to hand in: the licences wait until every one is verified, or the center records an exception.',
})
export class Commitment {
  @Field(() => [String], { description: 'Codes of the material types committed to.' })
  materialTypeCodes!: string[];

  @Field(() => CalendarDate, { description: 'Last day to hand them in (`YYYY-MM-DD`).' })
  deadlineOn!: string;

  @Field(() => [String], {
    description: 'Committed material types their lead department has verified since acceptance.',
  })
  verifiedMaterialTypeCodes!: string[];

  @Field(() => [String], { description: 'Committed material types not verified yet.' })
  outstandingMaterialTypeCodes!: string[];

  @Field({
    description:
      'Whether the commitment no longer holds the case back: every material verified, or an exception recorded.',
  })
  kept!: boolean;

  @Field(() => [CommittedMaterial], {
    description: 'Each committed material with its own deadline, in the order committed.',
  })
  materials!: CommittedMaterial[];

  @Field(() => CommitmentException, {
    nullable: true,
    description: "The center's documented exception, if it recorded one.",
  })
  exception!: CommitmentException | null;
}
