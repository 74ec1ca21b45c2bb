import { registerEnumType } from 'type-graphql';

export enum PrerequisiteVerdict {
  SATISFIED = 'SATISFIED',
  SATISFIED_UNDER_COMMITMENT = 'SATISFIED_UNDER_COMMITMENT',
  AWAITING_REVIEW = 'AWAITING_REVIEW',
  INCOMPLETE = 'INCOMPLETE',
}

registerEnumType(PrerequisiteVerdict, {
  name: 'PrerequisiteVerdict',
  description: 'Whether an application may pass the prerequisite gate.',
  valuesConfig: {
    SATISFIED: { description: 'Every required material is verified.' },
    SATISFIED_UNDER_COMMITMENT: {
      description: 'Everything else is verified; the missing ones may follow under commitment.',
    },
    AWAITING_REVIEW: {
      description: 'Nothing is missing or wrong, but some materials wait for their review.',
    },
    INCOMPLETE: { description: 'Some material is missing, rejected or expired: see the notice.' },
  },
});
