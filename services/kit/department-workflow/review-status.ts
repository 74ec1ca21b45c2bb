import { registerEnumType } from 'type-graphql';

/** Where a department's task stands in its own workflow. */
export enum DepartmentReviewStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REVIEWED = 'REVIEWED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** Statuses no step leaves: a transition attempted on them is a conflict, not a mistake of order. */
export const closedStatuses: readonly DepartmentReviewStatus[] = [
  DepartmentReviewStatus.APPROVED,
  DepartmentReviewStatus.REJECTED,
  DepartmentReviewStatus.CANCELLED,
];

registerEnumType(DepartmentReviewStatus, {
  name: 'DepartmentReviewStatus',
  description: "Where a department's task stands in its own workflow.",
  valuesConfig: {
    OPEN: { description: 'Opened by the joint approval; waiting for the department to accept it.' },
    ACCEPTED: { description: 'Accepted by the department; waiting for review.' },
    REVIEWED: {
      description: 'Reviewed; waiting for the meeting (when an item needs one) and the sign-off.',
    },
    SUPPLEMENT_REQUESTED: {
      description: "Waiting for the applicant's supplement; the task's clock is paused.",
    },
    APPROVED: { description: 'Signed by the chief representative; the licence is sealed.' },
    REJECTED: { description: 'Rejected by the department, with reasons.' },
    CANCELLED: { description: 'Cancelled because the case was rejected or withdrawn.' },
  },
});
