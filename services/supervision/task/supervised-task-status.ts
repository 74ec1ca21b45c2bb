import { registerEnumType } from 'type-graphql';

/** Where a department's task stands. */
export enum SupervisedTaskStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SupervisedTaskStatus, {
  name: 'SupervisedTaskStatus',
  description: "Where a department's task on a case stands.",
  valuesConfig: {
    OPEN: { description: 'The department is working on it (or waiting for a supplement).' },
    APPROVED: { description: 'Signed and approved.' },
    REJECTED: { description: 'Rejected by the department.' },
    CANCELLED: { description: 'Cancelled because the case was rejected or withdrawn.' },
  },
});
