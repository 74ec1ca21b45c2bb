import { registerEnumType } from 'type-graphql';

export enum CaseStatus {
  SUBMITTED = 'SUBMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands in the joint approval.',
  valuesConfig: {
    SUBMITTED: { description: 'Applied for, not yet accepted at the window.' },
    IN_PROGRESS: { description: 'Accepted; departments are working on it in parallel.' },
    COMPLETED: { description: 'Every department approved; licences delivered together.' },
    REJECTED: { description: 'A department rejected it; the other tasks were cancelled.' },
    WITHDRAWN: { description: 'The applicant withdrew it before completion.' },
  },
});
