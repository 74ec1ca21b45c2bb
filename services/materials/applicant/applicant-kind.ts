import { registerEnumType } from 'type-graphql';

export enum ApplicantKind {
  ENTERPRISE = 'ENTERPRISE',
  PERSON = 'PERSON',
}

registerEnumType(ApplicantKind, {
  name: 'ApplicantKind',
  description: 'Whether an applicant is an organization or a natural person.',
  valuesConfig: {
    ENTERPRISE: {
      description:
        'An enterprise or other organization, identified by its unified social credit code.',
    },
    PERSON: { description: 'A natural person, identified by the resident ID number.' },
  },
});
