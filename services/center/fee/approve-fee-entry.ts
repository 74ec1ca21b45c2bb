import { clock, DomainError, publishEvent, Role, type RequestContext } from '../../kit';
import { requireOffice } from '../access';
import type { FeeEntry } from './fee-entry.entity';
import { FeeEntryStatus } from './fee-entry-status';
import { lockFeeEntry } from './lock-fee-entry';

/** A fee auditor approves a proposed entry: items may charge it from now on. */
export function approveFeeEntry(context: RequestContext, code: string): Promise<FeeEntry> {
  requireOffice(context, Role.FEE_AUDITOR, 'FEE_AUDITOR_ONLY');
  return context.em.transactional(async (tx) => {
    const entry = await lockFeeEntry(tx, code);
    if (entry.status !== FeeEntryStatus.PROPOSED) {
      throw new DomainError('FEE_ENTRY_NOT_PROPOSED', `Fee entry ${code} is ${entry.status}.`);
    }
    entry.status = FeeEntryStatus.APPROVED;
    entry.approvedBy = context.identity.subject;
    entry.approvedAt = clock.now();
    await tx.flush();
    await publishEvent(tx, {
      topic: 'center.fee-entry.approved',
      key: code,
      payload: {
        code,
        name: entry.name,
        standard: entry.standard,
        legalBasis: entry.legalBasis,
      },
    });
    return entry;
  });
}
