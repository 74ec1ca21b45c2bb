import { registerEnumType } from 'type-graphql';

export enum TaskStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REVIEWED = 'REVIEWED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  SUPPLEMENT_SUPPLIED = 'SUPPLEMENT_SUPPLIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** A task in one of these has its decision; nothing changes it again. */
export const closedTaskStatuses: readonly TaskStatus[] = [
  TaskStatus.APPROVED,
  TaskStatus.REJECTED,
  TaskStatus.CANCELLED,
];

/** While a supplement is outstanding the task's clock stands still. */
export const pausedTaskStatuses: readonly TaskStatus[] = [
  TaskStatus.SUPPLEMENT_REQUESTED,
  TaskStatus.SUPPLEMENT_SUPPLIED,
];

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: "Where a department's task stands.",
  valuesConfig: {
    OPEN: { description: 'Opened at acceptance; the department has not accepted it yet.' },
    ACCEPTED: { description: 'The department accepted it and is working on it.' },
    REVIEWED: { description: 'Reviewed; waiting for the meeting, if any, and the sign-off.' },
    SUPPLEMENT_REQUESTED: {
      description: 'The department asked the applicant for a supplement; its clock is paused.',
    },
    SUPPLEMENT_SUPPLIED: {
      description:
        'The applicant supplied it; the clock stays paused until the department resumes.',
    },
    APPROVED: {
      description:
        "Signed by the chief representative; its licence waits for the case's completion.",
    },
    REJECTED: { description: 'Rejected by the department, with reasons.' },
    CANCELLED: { description: 'Cancelled because the case was rejected or withdrawn.' },
  },
});
