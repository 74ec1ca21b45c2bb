/** Events supervision publishes: the live board and the center's evaluations follow them. */
export const supervisionTopics = {
  warningRaised: 'supervision.warning.raised',
  violationRecorded: 'supervision.violation.recorded',
  caseRated: 'supervision.case.rated',
  followUpOpened: 'supervision.follow-up.opened',
  followUpClosed: 'supervision.follow-up.closed',
} as const;

export interface WarningRaisedPayload {
  warningId: string;
  subjectKind: 'CASE' | 'TASK';
  subjectId: string;
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
