import { sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../../kit';
import type { ChargeRefusedPayload } from '../../contracts';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

/** A fee charged (or about to be) for an item; the item is null where the charge names none. */
export interface FeeCharge {
  itemCode: string | null;
  feeCode: string;
  amount?: string;
}

/**
 * Reform rule (fees, 收费目录): every fee charged must be an approved entry of the fee catalog
 * (supervision's replica) and, where the case's fee assessment is known, one it assessed for
 * that item. Each charge outside is one `FEE_OUTSIDE_CATALOG` violation.
 */
export async function judgeFees(
  em: EntityManager,
  event: HubEvent,
  charge: {
    charges: FeeCharge[];
    /** The case's fee assessment for the items concerned; null where none applies. */
    assessed: { itemCode: string; feeCode: string }[] | null;
    subjectKey: (charge: FeeCharge) => string;
    caseId?: string | null;
    taskId?: string | null;
    departmentCode?: string | null;
    /** Who charged them, when a person did. */
    person: string | null;
  },
): Promise<void> {
  if (charge.charges.length === 0) return;
  const approved = await sql<{ code: string }>(
    em,
    'select code from fee_catalog_entry where approved and code in (?)',
    [charge.charges.map((fee) => fee.feeCode)],
  );
  const inCatalog = new Set(approved.map((row) => row.code));
  const assessed = (fee: FeeCharge) =>
    charge.assessed === null ||
    charge.assessed.some((a) => a.itemCode === fee.itemCode && a.feeCode === fee.feeCode);
  for (const fee of charge.charges.filter((f) => !inCatalog.has(f.feeCode) || !assessed(f))) {
    await recordViolation(em, event, {
      kind: ViolationKind.FEE_OUTSIDE_CATALOG,
      subjectKey: charge.subjectKey(fee),
      caseId: charge.caseId ?? null,
      taskId: charge.taskId ?? null,
      departmentCode: charge.departmentCode ?? null,
      person: charge.person,
      judgedAgainst: {
        charge: fee,
        inApprovedCatalog: inCatalog.has(fee.feeCode),
        assessment: charge.assessed,
        approvedCatalogEntries: [...inCatalog],
      },
    });
  }
}

/**
 * A sign-off the department refused for its fees (`department.charge.refused`): the attempt to
 * charge outside the catalog is a violation all the same, as a refused staff act is.
 */
export async function judgeRefusedCharge(
  em: EntityManager,
  event: HubEvent<ChargeRefusedPayload>,
): Promise<void> {
  const p = event.payload;
  await judgeFees(em, event, {
    charges: p.fees,
    assessed: p.assessed,
    subjectKey: (fee) => `refused:${event.position}:${fee.itemCode}:${fee.feeCode}`,
    caseId: p.caseId,
    taskId: p.taskId,
    departmentCode: p.departmentCode,
    person: p.by,
  });
}
