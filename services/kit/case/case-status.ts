import { registerEnumType } from 'type-graphql';

/**
 * Where a case stands. Approvals decides it; supervision learns it from approvals' events. One
 * enum serves both subgraphs, so a client reads a status the same way wherever it finds one.
 */
export enum CaseStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands in the joint approval.',
  valuesConfig: {
    SUBMITTED: { description: 'Applied for; the one-time prerequisite check is running.' },
    RETURNED: {
      description: 'Not accepted: one notice lists every material missing or wrong. Apply again.',
    },
    IN_PROGRESS: { description: 'Accepted; departments are working on it in parallel.' },
    COMPLETED: { description: 'Every department approved; licences delivered together.' },
    REJECTED: { description: 'A department rejected it; the other tasks were cancelled.' },
    WITHDRAWN: { description: 'The applicant withdrew it before completion.' },
  },
});
