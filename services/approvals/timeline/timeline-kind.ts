import { registerEnumType } from 'type-graphql';

export enum TimelineKind {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  TASK_OPENED = 'TASK_OPENED',
  TASK_ACCEPTED = 'TASK_ACCEPTED',
  TASK_REVIEWED = 'TASK_REVIEWED',
  MEETING_RECORDED = 'MEETING_RECORDED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  SUPPLEMENT_SUPPLIED = 'SUPPLEMENT_SUPPLIED',
  TASK_RESUMED = 'TASK_RESUMED',
  TASK_RETURNED = 'TASK_RETURNED',
  SIGN_OFF_REFUSED = 'SIGN_OFF_REFUSED',
  TASK_APPROVED = 'TASK_APPROVED',
  TASK_REJECTED = 'TASK_REJECTED',
  TASK_CANCELLED = 'TASK_CANCELLED',
  DECISION_IGNORED = 'DECISION_IGNORED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  LICENCE_ISSUED = 'LICENCE_ISSUED',
  COMMITTED_MATERIAL_VERIFIED = 'COMMITTED_MATERIAL_VERIFIED',
  COMMITMENT_KEPT = 'COMMITMENT_KEPT',
  COMPLETION_WAITING = 'COMPLETION_WAITING',
  DEADLINE_RECOMPUTED = 'DEADLINE_RECOMPUTED',
  CALENDAR_WAITING = 'CALENDAR_WAITING',
  FEES_ASSESSED = 'FEES_ASSESSED',
}

registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'What happened to a case or one of its tasks.',
  valuesConfig: {
    SUBMITTED: { description: 'The application was submitted.' },
    RETURNED: { description: 'The case was returned with one notice.' },
    ACCEPTED: { description: 'The case was accepted and fanned out to the departments.' },
    TASK_OPENED: { description: "A department's task was opened with its deadline." },
    TASK_ACCEPTED: { description: 'The department accepted its task.' },
    TASK_REVIEWED: { description: 'The department reviewed its task.' },
    MEETING_RECORDED: { description: 'The department recorded the meeting that decided it.' },
    SUPPLEMENT_REQUESTED: {
      description: 'The department asked for a supplement; its clock paused.',
    },
    SUPPLEMENT_SUPPLIED: { description: 'The applicant declared the supplement supplied.' },
    TASK_RESUMED: { description: 'The department resumed; its clock runs again.' },
    TASK_RETURNED: {
      description:
        "The department's chief representative sent the task back to review, with reasons.",
    },
    SIGN_OFF_REFUSED: {
      description:
        'A sign-off was refused because its signer or seal had been revoked before it; the task waits for a lawful sign-off.',
    },
    TASK_APPROVED: { description: "The department's chief representative signed its approval." },
    TASK_REJECTED: { description: 'The department rejected its task, with reasons.' },
    TASK_CANCELLED: { description: 'The task was cancelled because the case ended.' },
    DECISION_IGNORED: {
      description:
        'A department decision arrived after the task or case had ended; nothing changed.',
    },
    COMPLETED: { description: 'Every department approved; the case completed.' },
    REJECTED: { description: 'The case ended rejected.' },
    WITHDRAWN: { description: 'The applicant withdrew the case.' },
    LICENCE_ISSUED: { description: 'A licence was delivered to the applicant.' },
    COMMITTED_MATERIAL_VERIFIED: {
      description: 'A material the case was accepted without was handed in and verified.',
    },
    COMMITMENT_KEPT: {
      description:
        "The commitment no longer holds the case back: every committed material verified, or the center's documented exception.",
    },
    COMPLETION_WAITING: {
      description:
        'Every department approved, but the licences wait for committed materials to be verified.',
    },
    DEADLINE_RECOMPUTED: {
      description: 'The center entered or changed a calendar year; the deadlines were recomputed.',
    },
    CALENDAR_WAITING: {
      description:
        'The deadline would fall in a year the center has not entered in the calendar; acceptance waits for it.',
    },
    FEES_ASSESSED: {
      description: 'The fees the case may be charged were assessed from the published fee catalog.',
    },
  },
});
