import { sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../../kit';
import { recordViolation } from './record-violation';
import { ViolationKind } from './violation-kind';

/** Every fee charged must be an approved entry of the fee catalog (supervision's replica). */
export async function judgeFees(
  em: EntityManager,
  event: HubEvent,
  charge: {
    feeCodes: string[];
    subjectKey: (feeCode: string) => string;
    caseId?: string | null;
    taskId?: string | null;
    departmentCode?: string | null;
    /** Who charged them, when a person did. */
    person: string | null;
  },
): Promise<void> {
  if (charge.feeCodes.length === 0) return;
  const approved = await sql<{ code: string }>(
    em,
    'select code from fee_catalog_entry where approved and code in (?)',
    [charge.feeCodes],
  );
  const inCatalog = new Set(approved.map((row) => row.code));
  for (const feeCode of charge.feeCodes.filter((code) => !inCatalog.has(code))) {
    await recordViolation(em, event, {
      kind: ViolationKind.FEE_OUTSIDE_CATALOG,
      subjectKey: charge.subjectKey(feeCode),
      caseId: charge.caseId ?? null,
      taskId: charge.taskId ?? null,
      departmentCode: charge.departmentCode ?? null,
      person: charge.person,
      judgedAgainst: { feeCode, approvedCatalogEntries: [...inCatalog] },
    });
  }
}
