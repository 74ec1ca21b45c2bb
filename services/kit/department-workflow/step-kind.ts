import { registerEnumType } from 'type-graphql';

/** One entry of a task's timeline; each but OPENED and CANCELLED is a `department.task.*` event. */
export enum DepartmentStepKind {
  OPENED = 'OPENED',
  ACCEPTED = 'ACCEPTED',
  REVIEWED = 'REVIEWED',
  MEETING_RECORDED = 'MEETING_RECORDED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  RESUMED = 'RESUMED',
  RETURNED = 'RETURNED',
  SIGN_OFF_REFUSED = 'SIGN_OFF_REFUSED',
  REJECTED = 'REJECTED',
  APPROVED = 'APPROVED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(DepartmentStepKind, {
  name: 'DepartmentStepKind',
  description: "What happened at one step of a department's task.",
  valuesConfig: {
    OPENED: { description: 'The joint approval opened the task for the department.' },
    ACCEPTED: { description: 'The department accepted the task.' },
    REVIEWED: { description: 'A reviewer gave an opinion.' },
    MEETING_RECORDED: {
      description: 'The meeting an item needs was held and its minutes recorded.',
    },
    SUPPLEMENT_REQUESTED: { description: 'A reviewer asked the applicant for a supplement.' },
    RESUMED: { description: 'The applicant supplied what was asked; the clock runs again.' },
    RETURNED: {
      description: 'The chief representative sent the task back to review, with reasons.',
    },
    SIGN_OFF_REFUSED: {
      description:
        'The joint approval refused the sign-off (its signer or seal had been revoked first); the licence is void and the task waits for a lawful sign-off.',
    },
    REJECTED: { description: 'The department rejected the task, with reasons.' },
    APPROVED: { description: 'The chief representative signed; the licence was sealed.' },
    CANCELLED: { description: 'The case was rejected or withdrawn; the task ended unfinished.' },
  },
});
