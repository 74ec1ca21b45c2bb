import { registerEnumType } from 'type-graphql';

export enum CommitmentKeptBy {
  VERIFIED = 'VERIFIED',
  EXCEPTION = 'EXCEPTION',
  CASE_ENDED = 'CASE_ENDED',
}

registerEnumType(CommitmentKeptBy, {
  name: 'CommitmentKeptBy',
  description: "What stopped a committed material's clock.",
  valuesConfig: {
    VERIFIED: { description: 'Its lead department verified the material.' },
    EXCEPTION: {
      description: 'The center recorded a documented exception: the case completes without it.',
    },
    CASE_ENDED: { description: 'The case was rejected or withdrawn before.' },
  },
});
