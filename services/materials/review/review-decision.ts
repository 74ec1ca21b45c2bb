import { registerEnumType } from 'type-graphql';

export enum ReviewDecision {
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'What the lead department decided about a material version.',
  valuesConfig: {
    VERIFIED: { description: 'The material is correct; every department reuses it.' },
    REJECTED: { description: 'The material has problems; all of them are listed at once.' },
  },
});
