/**
 * Topics and payloads of the joint approval (docs/joint-approval.md): those approvals publishes
 * and those it consumes. Instants are ISO-8601 strings (`...At`), dates `YYYY-MM-DD` (`...On`).
 */
export const approvalsTopics = {
  caseSubmitted: 'approvals.case.submitted',
  caseAccepted: 'approvals.case.accepted',
  caseReturned: 'approvals.case.returned',
  taskOpened: 'approvals.task.opened',
  taskCancelled: 'approvals.task.cancelled',
  supplementSupplied: 'approvals.supplement.supplied',
  caseCompleted: 'approvals.case.completed',
  caseRejected: 'approvals.case.rejected',
  caseWithdrawn: 'approvals.case.withdrawn',
  licenceIssued: 'approvals.licence.issued',
  commitmentKept: 'approvals.commitment.kept',
  deadlinesRecomputed: 'approvals.case.deadlines-recomputed',
} as const;

export const prerequisitesCheckedTopic = 'materials.prerequisites.checked';

export const departmentTaskTopics = {
  accepted: 'department.task.accepted',
  reviewed: 'department.task.reviewed',
  meetingRecorded: 'department.task.meeting-recorded',
  supplementRequested: 'department.task.supplement-requested',
  resumed: 'department.task.resumed',
  rejected: 'department.task.rejected',
  approved: 'department.task.approved',
} as const;

export interface RequirementPayload {
  materialTypeCode: string;
  core: boolean;
  mayBeMissingAtAcceptance: boolean;
}

export interface CaseSubmittedPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  subject: { kind: 'BUNDLE' | 'ITEM'; code: string };
  items: { code: string; version: number; departmentCode: string }[];
  requirements: RequirementPayload[];
  channel: 'ONLINE' | 'WINDOW';
  by: string;
  at: string;
}

export type RequirementStatePayload =
  | 'VERIFIED'
  | 'PENDING'
  | 'MISSING'
  | 'REJECTED'
  | 'EXPIRED'
  | 'MISSING_UNDER_COMMITMENT'
  | 'PENDING_UNDER_COMMITMENT';

export interface PrerequisitesCheckedPayload {
  caseId: string;
  applicantId: string;
  verdict: 'SATISFIED' | 'SATISFIED_UNDER_COMMITMENT' | 'UNSATISFIED';
  requirements: {
    materialTypeCode: string;
    state: RequirementStatePayload;
    materialVersionId: string | null;
    problems: string[];
  }[];
  at: string;
}

interface DepartmentTaskEvent {
  caseId: string;
  taskId: string;
  departmentCode: string;
  at: string;
}

export interface DepartmentTaskPayload extends DepartmentTaskEvent {
  by?: string;
  opinion?: string;
  heldOn?: string;
  minutes?: string;
  requests?: { materialTypeCode: string; reason: string }[];
  reasons?: string[];
  licence?: LicencePayload;
}

export interface LicencePayload {
  serial: string;
  itemCode: string;
  itemVersion: number;
  materialTypeCode: string;
  issuedAt: string;
  validUntil: string | null;
  content: object;
  contentSha256: string;
  signature: string;
  sealKeyId: string;
}
