import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, DomainError, Role, type Identity, type RequestContext } from '../../kit';
import { requireOffice } from '../access';
import type { Item } from './item.entity';
import { ItemStatus } from './item-status';
import { lockItemVersion } from './lock-item-version';

/** The legal office approves a proposed version. */
export function approveItem(context: RequestContext, code: string, version: number) {
  requireOffice(context, Role.LEGAL_OFFICE, 'LEGAL_OFFICE_ONLY');
  return decide(context.em, context.identity, code, version, ItemStatus.APPROVED, []);
}

/** The legal office returns a proposed version to its department, with reasons. */
export function returnItem(
  context: RequestContext,
  code: string,
  version: number,
  reasons: string[],
) {
  requireOffice(context, Role.LEGAL_OFFICE, 'LEGAL_OFFICE_ONLY');
  const given = reasons.map((reason) => reason.trim()).filter(Boolean);
  if (given.length === 0) {
    throw new DomainError('RETURN_REASONS_REQUIRED', 'Say why the item is returned.');
  }
  return decide(context.em, context.identity, code, version, ItemStatus.RETURNED, given);
}

function decide(
  em: EntityManager,
  identity: Identity,
  code: string,
  version: number,
  status: ItemStatus.APPROVED | ItemStatus.RETURNED,
  reasons: string[],
): Promise<Item> {
  return em.transactional(async (tx) => {
    const item = await lockItemVersion(tx, code, version);
    if (item.status !== ItemStatus.PROPOSED) {
      throw new DomainError(
        'ITEM_NOT_IN_REVIEW',
        `Version ${version} of ${code} is ${item.status}, not PROPOSED.`,
        { code, version, status: item.status },
      );
    }
    item.status = status;
    item.returnReasons = reasons;
    item.reviewedBy = identity.subject;
    item.reviewedAt = clock.now();
    await tx.flush();
    return item;
  });
}
