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
 * `department.task.approved` carries no fees: what a case is charged is the fee assessment's to
 * announce, not the signature's.
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
  'department.task.approved': TaskActPayload & { licences: ApprovedLicencePayload[] };
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

export const sealGeneratedTopic = 'department.seal.generated' satisfies keyof DepartmentEvents;
