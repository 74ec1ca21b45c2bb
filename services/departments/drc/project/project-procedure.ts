import { registerEnumType } from 'type-graphql';

/** How an enterprise investment project is admitted: most are filed, a listed few need approval. */
export enum DrcProcedure {
  FILING = 'FILING',
  APPROVAL = 'APPROVAL',
}

registerEnumType(DrcProcedure, {
  name: 'DrcProcedure',
  description: 'How the Development and Reform Commission admits an investment project.',
  valuesConfig: {
    FILING: { description: 'Filing (备案): the project is recorded, not approved.' },
    APPROVAL: {
      description: 'Approval (核准): projects in the government-approved investment catalog.',
    },
  },
});
