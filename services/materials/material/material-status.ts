import { registerEnumType } from 'type-graphql';

export enum MaterialStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(MaterialStatus, {
  name: 'MaterialStatus',
  description: 'Outcome of the one-time prerequisite review of a material version.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a reviewer of the lead department.' },
    VERIFIED: { description: 'Verified once; every department reuses it while it is valid.' },
    REJECTED: { description: 'Rejected; the review lists every problem in one notice.' },
  },
});
