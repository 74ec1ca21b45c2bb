import { registerEnumType } from 'type-graphql';

export enum ItemStatus {
  PROPOSED = 'PROPOSED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(ItemStatus, {
  name: 'ItemStatus',
  description: 'Where one version of an item stands in the power list.',
  valuesConfig: {
    PROPOSED: {
      description: 'Proposed or amended by its department; the legal office reviews it.',
    },
    RETURNED: {
      description: 'Returned by the legal office with reasons; the department may amend.',
    },
    APPROVED: { description: 'Approved by the legal office; the center may publish it.' },
    PUBLISHED: { description: 'The version in force: applicants apply for it.' },
    SUPERSEDED: { description: 'Was in force; a later version replaced it.' },
  },
});
