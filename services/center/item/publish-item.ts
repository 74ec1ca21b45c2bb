import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, clock, DomainError, publishEvent, type Identity } from '../../kit';
import { Item } from './item.entity';
import { itemPublishedPayload } from './item-published';
import { ItemStatus } from './item-status';
import { lockItemVersion } from './lock-item-version';

/** The center publishes an approved version: it comes into force and replaces the previous one. */
export function publishItem(
  em: EntityManager,
  identity: Identity,
  code: string,
  version: number,
): Promise<Item> {
  if (!Number.isInteger(version)) throw badInput('version is a whole number.');
  return em.transactional(async (tx) => {
    const item = await lockItemVersion(tx, code, version);
    if (item.status !== ItemStatus.APPROVED) {
      throw new DomainError(
        'ITEM_NOT_APPROVED',
        `Version ${version} of ${code} is ${item.status}; only versions the legal office approved are published.`,
        { code, version, status: item.status },
      );
    }
    const current = await tx.findOne(
      Item,
      { code, status: ItemStatus.PUBLISHED },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (current) {
      current.status = ItemStatus.SUPERSEDED;
      await tx.flush();
    }
    item.status = ItemStatus.PUBLISHED;
    item.publishedBy = identity.subject;
    item.publishedAt = clock.now();
    await tx.flush();
    await publishEvent(tx, {
      topic: 'center.item.published',
      key: code,
      payload: await itemPublishedPayload(tx, item),
    });
    return item;
  });
}
