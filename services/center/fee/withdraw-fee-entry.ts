import { clock, DomainError, publishEvent, Role, sql, type RequestContext } from '../../kit';
import { requireOffice } from '../access';
import { ItemStatus } from '../item/item-status';
import type { FeeEntry } from './fee-entry.entity';
import { FeeEntryStatus } from './fee-entry-status';
import { lockFeeEntry } from './lock-fee-entry';

/** A fee auditor withdraws an entry from the catalog, once no item charges it any more. */
export function withdrawFeeEntry(context: RequestContext, code: string): Promise<FeeEntry> {
  requireOffice(context, Role.FEE_AUDITOR, 'FEE_AUDITOR_ONLY');
  return context.em.transactional(async (tx) => {
    const entry = await lockFeeEntry(tx, code);
    if (entry.status === FeeEntryStatus.WITHDRAWN) {
      throw new DomainError('FEE_ENTRY_NOT_PROPOSED', `Fee entry ${code} is already withdrawn.`);
    }
    const users = await sql<{ code: string; version: number }>(
      tx,
      `select item.code, item.version from item_fee join item on item.id = item_fee.item_id
        where item_fee.fee_code = ? and item.status in (?, ?, ?) order by item.code`,
      [code, ItemStatus.PROPOSED, ItemStatus.APPROVED, ItemStatus.PUBLISHED],
    );
    if (users.length > 0) {
      throw new DomainError(
        'FEE_ENTRY_IN_USE',
        `Fee entry ${code} is still charged by ${users.map((u) => u.code).join(', ')}.`,
        { items: users },
      );
    }
    entry.status = FeeEntryStatus.WITHDRAWN;
    entry.withdrawnAt = clock.now();
    await tx.flush();
    await publishEvent(tx, { topic: 'center.fee-entry.withdrawn', key: code, payload: { code } });
    return entry;
  });
}
