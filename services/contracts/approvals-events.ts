/**
 * What approvals announces: the case from submission to its end, the tasks it fans out and the
 * licences it delivers. Instants are ISO-8601 strings (`...At`), dates `YYYY-MM-DD` (`...On`).
 */

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

/** A fee of the published fee catalog an item version charges, as the item was published. */
export interface AssessedFeePayload {
  code: string;
  name: string;
  /** How much is charged, as the catalog's approval document states it. */
  standard: string;
  legalBasis: string;
}

export interface CaseAcceptedPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  deadlineOn: string;
  /**
   * Materials the applicant committed to bring later, and by when; null without commitment.
   * Each committed material has its own deadline (`materials`), `limitDays` working days after
   * acceptance; `deadlineOn` is the earliest of them.
   */
  commitment: {
    materialTypeCodes: string[];
    deadlineOn: string;
    limitDays?: number;
    materials?: { materialTypeCode: string; deadlineOn: string }[];
  } | null;
  /** The case's fee assessment: every catalog fee its items charge; empty when none. */
  fees?: (AssessedFeePayload & { itemCode: string; itemVersion: number; departmentCode: string })[];
  at: string;
}

export interface CaseReturnedPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  /** The one notice: every material still needed, with why. */
  notice: { materialTypeCode: string; state: string; problems: string[] }[];
  at: string;
}

export interface TaskOpenedPayload {
  caseId: string;
  caseReference: string;
  taskId: string;
  departmentCode: string;
  applicantId: string;
  /** The applicant's registered name, printed on the licence as its holder; null if unknown. */
  applicantName?: string | null;
  items: {
    code: string;
    version: number;
    name: string;
    steps: unknown;
    meetingBeforeSign: boolean;
    promisedLimitDays: number;
    /** The fees the case's assessment allows for the item: all the department may charge. */
    fees?: AssessedFeePayload[];
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

export interface CaseCompletedPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  licenceSerials: string[];
  at: string;
}

export interface CaseRejectedPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  departmentCode: string;
  reasons: string[];
  at: string;
}

export interface CaseWithdrawnPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  by: string;
  at: string;
}

export interface LicenceIssuedPayload {
  licenceId: string;
  serial: string;
  caseId: string;
  applicantId: string;
  departmentCode: string;
  materialTypeCode: string;
  issuedAt: string;
  validUntil: string | null;
  contentSha256: string;
}

/** A case accepted under commitment no longer waits for it: every committed material verified,
 * or the center's documented exception (reform rule: acceptance under commitment, 容缺受理). */
export interface CommitmentKeptPayload {
  caseId: string;
  reference: string;
  applicantId: string;
  verifiedMaterialTypeCodes: string[];
  outstandingMaterialTypeCodes: string[];
  exception: { reason: string; documentNumber: string; by: string; at: string } | null;
  at: string;
}

/** The center entered or changed a calendar year; a running case's deadlines moved with it. */
export interface DeadlinesRecomputedPayload {
  caseId: string;
  deadlineOn: string | null;
  commitmentDeadlineOn: string | null;
  tasks: { taskId: string; departmentCode: string; deadlineOn: string }[];
  at: string;
}

/**
 * The join refused a sign-off: a revocation of its seal, or of its signer's authorization or
 * work permit, was ordered before it. Its licences are void; the task waits for a lawful one.
 */
export interface SignOffRefusedPayload {
  caseId: string;
  taskId: string;
  departmentCode: string;
  serials: string[];
  signedBy: string | null;
  reason: 'SEAL_REVOKED' | 'SIGNER_NOT_AUTHORIZED' | 'SIGNER_PERMIT_INVALID';
  at: string;
}

export interface ApprovalsEvents {
  'approvals.case.submitted': CaseSubmittedPayload;
  'approvals.case.accepted': CaseAcceptedPayload;
  'approvals.case.returned': CaseReturnedPayload;
  'approvals.task.opened': TaskOpenedPayload;
  'approvals.task.cancelled': TaskCancelledPayload;
  'approvals.supplement.supplied': SupplementSuppliedPayload;
  'approvals.case.completed': CaseCompletedPayload;
  'approvals.case.rejected': CaseRejectedPayload;
  'approvals.case.withdrawn': CaseWithdrawnPayload;
  'approvals.licence.issued': LicenceIssuedPayload;
  'approvals.commitment.kept': CommitmentKeptPayload;
  'approvals.case.deadlines-recomputed': DeadlinesRecomputedPayload;
  'approvals.sign-off.refused': SignOffRefusedPayload;
}

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
  signOffRefused: 'approvals.sign-off.refused',
} as const satisfies Record<string, keyof ApprovalsEvents>;
