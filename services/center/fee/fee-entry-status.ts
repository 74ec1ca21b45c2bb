import { registerEnumType } from 'type-graphql';

export enum FeeEntryStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(FeeEntryStatus, {
  name: 'FeeEntryStatus',
  description: 'Where an entry of the fee catalog stands.',
  valuesConfig: {
    PROPOSED: { description: 'Entered, waiting for a fee auditor; items may not charge it yet.' },
    APPROVED: { description: 'Approved by a fee auditor; items may charge it.' },
    WITHDRAWN: { description: 'Withdrawn from the catalog; no item may charge it.' },
  },
});
