import { registerEnumType } from 'type-graphql';

export enum RequirementState {
  VERIFIED = 'VERIFIED',
  PENDING = 'PENDING',
  MISSING = 'MISSING',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  MISSING_UNDER_COMMITMENT = 'MISSING_UNDER_COMMITMENT',
  PENDING_UNDER_COMMITMENT = 'PENDING_UNDER_COMMITMENT',
}

registerEnumType(RequirementState, {
  name: 'RequirementState',
  description: 'Where one required material of an application stands.',
  valuesConfig: {
    VERIFIED: { description: 'A current, verified, unexpired version exists: it is reused.' },
    PENDING: { description: 'The current version waits for the lead department review.' },
    MISSING: { description: 'Nothing was handed over for this material type.' },
    REJECTED: { description: 'The current version was rejected; see its problems.' },
    EXPIRED: { description: 'The current verified version is past its validity.' },
    MISSING_UNDER_COMMITMENT: {
      description:
        'Missing, but a non-core material the applicant may hand over later under a written commitment.',
    },
    PENDING_UNDER_COMMITMENT: {
      description:
        'Handed over and waiting for its review, a non-core material the case may be accepted without: accepted under commitment until it is verified, as if it were missing.',
    },
  },
});
