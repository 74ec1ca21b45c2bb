/** Topics and payloads of the joint-approval contract (docs/joint-approval.md) a department uses. */
export const approvalsTopics = {
  taskOpened: 'approvals.task.opened',
  taskCancelled: 'approvals.task.cancelled',
  supplementSupplied: 'approvals.supplement.supplied',
} as const;

export const departmentTopics = {
  accepted: 'department.task.accepted',
  reviewed: 'department.task.reviewed',
  meetingRecorded: 'department.task.meeting-recorded',
  supplementRequested: 'department.task.supplement-requested',
  resumed: 'department.task.resumed',
  rejected: 'department.task.rejected',
  approved: 'department.task.approved',
} as const;

export interface TaskOpenedPayload {
  caseId: string;
  caseReference: string;
  taskId: string;
  departmentCode: string;
  applicantId: string;
  items: {
    code: string;
    version: number;
    name: string;
    steps: unknown;
    meetingBeforeSign: boolean;
    promisedLimitDays: number;
  }[];
  materialTypeCodes: string[];
  openedAt: string;
  deadlineOn: string;
}

export interface TaskCancelledPayload {
  caseId: string;
  taskId: string;
  departmentCode: string;
  reason: 'CASE_REJECTED' | 'CASE_WITHDRAWN';
  at: string;
}

export interface SupplementSuppliedPayload {
  caseId: string;
  taskId: string;
  departmentCode: string;
  materialTypeCodes: string[];
  by: string;
  at: string;
}

/** What `department.task.approved` carries: everything approvals needs to deliver and verify it. */
export interface ApprovedLicencePayload {
  serial: string;
  itemCode: string;
  itemVersion: number;
  materialTypeCode: string;
  issuedAt: string;
  validUntil: string | null;
  content: Record<string, unknown>;
  contentSha256: string;
  signature: string;
  sealKeyId: string;
}
