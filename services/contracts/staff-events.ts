/**
 * What any subgraph announces when the staff registry check refuses an act: the refused act's
 * transaction rolls back, so this is the only trace of it, for supervision to record.
 */
export interface StaffActRefusedPayload {
  subject: string;
  /** The department the caller claimed to act for. */
  departmentCode: string | null;
  roles: string[];
  /** The refusal's code: NOT_REGISTERED_STAFF, PERMIT_INVALID, NOT_AUTHORIZED_REPRESENTATIVE… */
  code: string;
  details: Record<string, unknown> | null;
  /** The subgraph that refused. */
  refusedBy: string;
  at: string;
}

export interface StaffEvents {
  'staff.act.refused': StaffActRefusedPayload;
}

export const staffActRefusedTopic = 'staff.act.refused' satisfies keyof StaffEvents;
