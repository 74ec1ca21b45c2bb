/**
 * What a department subgraph announces: each step of its task (the kit's department workflow
 * publishes them for every department alike) and the public half of the seal it generated.
 */

/** Every `department.task.*` event says which task, of which case, in which department, when. */
export interface TaskStepPayload {
  caseId: string;
  taskId: string;
  departmentCode: string;
  at: string;
}

/** A step a person took: `by` is the acting person's subject. */
export interface TaskActPayload {
  caseId: string;
  taskId: string;
  departmentCode: string;
  by: string;
  at: string;
}

/** Everything approvals needs to deliver a signed licence and anyone to verify it. */
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

export interface SealGeneratedPayload {
  departmentCode: string;
  keyId: string;
  algorithm: 'Ed25519';
  /** base64 SPKI DER. */
  publicKey: string;
  at: string;
}

/**
 * A fee the chief representative charges with the sign-off: an entry of the case's fee
 * assessment (the approved fee catalog entries the item version was published with) for one
 * item of the task, and the amount charged, in CNY as decimal text (`550.00`).
 */
export interface ChargedFeePayload {
  itemCode: string;
  feeCode: string;
  amount: string;
}

/**
 * Fees stated at a sign-off that lie outside the case's fee assessment: the department refused
 * the sign-off (`FEE_OUTSIDE_CATALOG`) and announces the attempt, in a transaction of its own,
 * for supervision to record as a violation.
 */
export interface ChargeRefusedPayload extends TaskActPayload {
  /** Every fee the sign-off stated. */
  fees: ChargedFeePayload[];
  /** Those outside the assessment: each is one `FEE_OUTSIDE_CATALOG` violation. */
  outside: ChargedFeePayload[];
  /** What the case's assessment allows for the task's items. */
  assessed: { itemCode: string; feeCode: string }[];
}

/**
 * The fees a case is charged travel with the sign-off that charges them: `department.task.approved`
 * carries them (`fees`), each checked against the case's fee assessment by the department before
 * it signs; a sign-off stating any other fee is refused and announced as
 * `department.charge.refused`. Supervision judges both.
 */
export interface DepartmentEvents {
  'department.task.accepted': TaskActPayload;
  'department.task.reviewed': TaskActPayload & { opinion: string };
  'department.task.meeting-recorded': TaskActPayload & { heldOn: string; minutes: string };
  'department.task.supplement-requested': TaskActPayload & {
    requests: { materialTypeCode: string; reason: string }[];
  };
  'department.task.resumed': TaskStepPayload;
  /** The chief representative sent the task back to review. */
  'department.task.returned': TaskActPayload & { reasons: string[] };
  'department.task.rejected': TaskActPayload & { reasons: string[] };
  /** One licence per item of the task, all sealed by the one sign-off. */
  'department.task.approved': TaskActPayload & {
    licences: ApprovedLicencePayload[];
    /** The fees charged with the sign-off; absent on sign-offs from before fees were stated. */
    fees?: ChargedFeePayload[];
  };
  'department.charge.refused': ChargeRefusedPayload;
  'department.seal.generated': SealGeneratedPayload;
}

export const departmentTopics = {
  accepted: 'department.task.accepted',
  reviewed: 'department.task.reviewed',
  meetingRecorded: 'department.task.meeting-recorded',
  supplementRequested: 'department.task.supplement-requested',
  resumed: 'department.task.resumed',
  returned: 'department.task.returned',
  rejected: 'department.task.rejected',
  approved: 'department.task.approved',
} as const satisfies Record<string, keyof DepartmentEvents>;

export const chargeRefusedTopic = 'department.charge.refused' satisfies keyof DepartmentEvents;

export const sealGeneratedTopic = 'department.seal.generated' satisfies keyof DepartmentEvents;
