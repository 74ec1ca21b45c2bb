import { registerEnumType } from 'type-graphql';

/** Where a case stands, as supervision learned it from the events. */
export enum SupervisedCaseStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(SupervisedCaseStatus, {
  name: 'SupervisedCaseStatus',
  description: 'Where a case stands, as supervision learned it from the events.',
  valuesConfig: {
    SUBMITTED: { description: 'Applied for; the prerequisite check is running.' },
    RETURNED: { description: 'Returned with one notice of what is missing or wrong.' },
    IN_PROGRESS: { description: 'Accepted; the departments are working on it.' },
    COMPLETED: { description: 'Every department approved; licences delivered.' },
    REJECTED: { description: 'A department rejected it.' },
    WITHDRAWN: { description: 'The applicant withdrew it.' },
  },
});

export const finishedCaseStatuses = [
  SupervisedCaseStatus.COMPLETED,
  SupervisedCaseStatus.REJECTED,
  SupervisedCaseStatus.WITHDRAWN,
];
