import { registerEnumType } from 'type-graphql';

export enum SealStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

registerEnumType(SealStatus, {
  name: 'SealStatus',
  description: 'Whether an approval seal may sign.',
  valuesConfig: {
    ACTIVE: { description: 'In use: decisions it signs verify against its public key.' },
    REVOKED: { description: 'Withdrawn: decisions it signed before stay verifiable, no new ones.' },
  },
});
