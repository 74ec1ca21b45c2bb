import type { EntityManager } from '@mikro-orm/postgresql';
import { staffActRefusedTopic, type HubEvent, type StaffActRefusedPayload } from '../../kit';
import { recordViolation } from './record-violation';
import { judgeRefusedCharge } from './judge-fees';
import { chargeRefusedTopic } from '../../contracts';
import { ViolationKind } from './violation-kind';

/** Which rule a refused staff act tried to break, by the refusal's code. */
const kindOfRefusal: Record<string, ViolationKind> = {
  NOT_REGISTERED_STAFF: ViolationKind.ACT_BY_UNREGISTERED_STAFF,
  NOT_DEPARTMENT_STAFF: ViolationKind.ACT_BY_UNREGISTERED_STAFF,
  NOT_OWN_DEPARTMENT: ViolationKind.ACT_OUTSIDE_DEPARTMENT,
  PERMIT_INVALID: ViolationKind.ACT_WITHOUT_PERMIT,
  NOT_AUTHORIZED_REPRESENTATIVE: ViolationKind.SIGN_BY_UNAUTHORIZED,
};

/**
 * A staff act refused by the registry check in any subgraph is still a violation: someone
 * uncertified or unauthorized tried to act. Each attempt is recorded once.
 */
export async function judgeRefusal(
  em: EntityManager,
  event: HubEvent<StaffActRefusedPayload>,
): Promise<void> {
  const p = event.payload;
  const kind = kindOfRefusal[p.code];
  if (!kind) return;
  await recordViolation(em, event, {
    kind,
    subjectKey: `refused:${event.position}`,
    departmentCode: p.departmentCode,
    person: p.subject,
    judgedAgainst: { refusedBy: p.refusedBy, code: p.code, details: p.details, roles: p.roles },
  });
}

export const refusalHandlers: Record<
  string,
  (event: HubEvent, em: EntityManager) => Promise<void>
> = {
  [staffActRefusedTopic]: (event, em) => judgeRefusal(em, event),
  [chargeRefusedTopic]: (event, em) => judgeRefusedCharge(em, event),
};
