/** What supervision announces: the live board and the center's evaluations follow these. */

export interface WarningRaisedPayload {
  warningId: string;
  /** `COMMITMENT`: a material accepted missing under commitment nears or passed its deadline. */
  subjectKind: 'CASE' | 'TASK' | 'COMMITMENT';
  subjectId: string;
  /** The committed material, for a `COMMITMENT` warning; absent otherwise. */
  materialTypeCode?: string | null;
  caseId: string;
  caseReference: string;
  applicantId: string;
  departmentCode: string | null;
  level: 'YELLOW' | 'RED';
  workingDaysUsed: number;
  workingDaysLeft: number;
  deadlineOn: string;
  at: string;
}

export interface ViolationRecordedPayload {
  violationId: string;
  kind: string;
  caseId: string | null;
  taskId: string | null;
  departmentCode: string | null;
  person: string | null;
  /** The event the violation was judged on. */
  eventPosition: string;
  at: string;
}

export interface CaseRatedPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  score: number;
  comment: string | null;
  /** Who handled the case, per department: whom the rating is about. */
  staff: { departmentCode: string; subjects: string[] }[];
  at: string;
}

export interface FollowUpOpenedPayload {
  followUpId: string;
  caseId: string;
  departmentCode: string;
  score: number;
  at: string;
}

export interface FollowUpClosedPayload {
  followUpId: string;
  caseId: string;
  departmentCode: string;
  response: string;
  by: string;
  at: string;
}

export interface SupervisionEvents {
  'supervision.warning.raised': WarningRaisedPayload;
  'supervision.violation.recorded': ViolationRecordedPayload;
  'supervision.case.rated': CaseRatedPayload;
  'supervision.follow-up.opened': FollowUpOpenedPayload;
  'supervision.follow-up.closed': FollowUpClosedPayload;
}

export const supervisionTopics = {
  warningRaised: 'supervision.warning.raised',
  violationRecorded: 'supervision.violation.recorded',
  caseRated: 'supervision.case.rated',
  followUpOpened: 'supervision.follow-up.opened',
  followUpClosed: 'supervision.follow-up.closed',
} as const satisfies Record<string, keyof SupervisionEvents>;
