import type { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { publishEvent } from '../events/publish-event';
import { clock } from '../clock/clock';

export const staffActRefusedTopic = 'staff.act.refused';

/** What supervision learns of a staff act the registry check refused. */
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

/**
 * Announces a refused staff act so supervision records it as the violation it is. The refused
 * act's own transaction rolls back, so this commits in a transaction of its own.
 */
export async function announceStaffRefusal(
  context: RequestContext,
  error: DomainError,
): Promise<void> {
  const { identity } = context;
  const em = context.em.fork({ clear: true, useContext: false });
  const payload: StaffActRefusedPayload = {
    subject: identity.subject ?? 'anonymous',
    departmentCode: identity.departmentCode ?? null,
    roles: [...identity.roles],
    code: error.code,
    details: (error.extensions.details as Record<string, unknown> | undefined) ?? null,
    refusedBy: em.config.get('schema') ?? 'unknown',
    at: clock.now().toISOString(),
  };
  await em.transactional((tx) =>
    publishEvent(tx, { topic: staffActRefusedTopic, key: payload.subject, payload }),
  );
}
