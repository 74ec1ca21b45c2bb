/** Topics and payloads of the joint-approval contract (docs/joint-approval.md) a department uses. */
export const approvalsTopics = {
  taskOpened: 'approvals.task.opened',
  taskCancelled: 'approvals.task.cancelled',
  supplementSupplied: 'approvals.supplement.supplied',
  signOffRefused: 'approvals.sign-off.refused',
} as const;

export const departmentTopics = {
  accepted: 'department.task.accepted',
  reviewed: 'department.task.reviewed',
  meetingRecorded: 'department.task.meeting-recorded',
  supplementRequested: 'department.task.supplement-requested',
  resumed: 'department.task.resumed',
  returned: 'department.task.returned',
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

/**
 * The joint approval refused a sign-off: a revocation of its signer's authorization or permit,
 * or of the seal, was ordered before it. Its licences are void; the task waits for a lawful one.
 */
export interface SignOffRefusedPayload {
  caseId: string;
  taskId: string;
  departmentCode: string;
  serials: string[];
  signedBy: string;
  reason: 'SEAL_REVOKED' | 'SIGNER_NOT_AUTHORIZED' | 'SIGNER_PERMIT_INVALID';
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
