import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { bundlePublishedPayload } from './bundle-published';
import { clock, DomainError, badInput, publishEvent } from '../../kit';
import { Item } from '../item/item.entity';
import { ItemStatus } from '../item/item-status';
import { Bundle, type PrerequisiteLink } from './bundle.entity';
import { BundleInput } from './bundle.input';
import { findCycle } from './find-cycle';
import type { Identity } from '../../kit';

/**
 * Publishes a bundle of published items of at least two departments, or a new version of it;
 * items that wait for each other (a cycle) are refused.
 */
export async function publishBundle(
  em: EntityManager,
  identity: Identity,
  input: BundleInput,
): Promise<Bundle> {
  const codes = [...new Set(input.itemCodes)];
  if (!/^[A-Z][A-Z0-9_-]{1,31}$/.test(input.code) || !input.name.trim()) {
    throw badInput('A bundle needs a code (capitals, digits, - or _) and a name.');
  }
  if (!Number.isInteger(input.timeLimitDays) || input.timeLimitDays < 1) {
    throw badInput('A time limit is a positive whole number of working days.');
  }
  if (codes.length < 2 || codes.length !== input.itemCodes.length) {
    throw badInput('A bundle names at least two different items, each once.');
  }
  const links: PrerequisiteLink[] = input.prerequisites.map((link) => ({
    itemCode: link.itemCode,
    requiresItemCode: link.requiresItemCode,
  }));
  const strangers = links
    .flatMap((link) => [link.itemCode, link.requiresItemCode])
    .filter((code) => !codes.includes(code));
  if (strangers.length > 0) {
    throw badInput('Prerequisites link items of the bundle only.', { itemCodes: strangers });
  }
  const cycle = findCycle(links.map((link) => [link.itemCode, link.requiresItemCode]));
  if (cycle) {
    throw new DomainError(
      'BUNDLE_PREREQUISITE_CYCLE',
      `Items of the bundle wait for each other: ${cycle.join(' -> ')}.`,
      { cycle },
    );
  }
  return em.transactional(async (tx) => {
    const items = await tx.find(Item, { code: { $in: codes }, status: ItemStatus.PUBLISHED });
    const unpublished = codes.filter((code) => !items.some((item) => item.code === code));
    if (unpublished.length > 0) {
      throw new DomainError(
        'ITEM_NOT_PUBLISHED',
        `Only published items may be bundled; ${unpublished.join(', ')} are not.`,
        { itemCodes: unpublished },
      );
    }
    // Reform rule (parallel approval, 并联审批): departments may not make each other's approval
    // a precondition inside a joint approval. A link between two items of one department is
    // that department's own order of work, kept inside its one task.
    const departmentOf = new Map(items.map((item) => [item.code, item.departmentCode]));
    const crossing = links.filter(
      (link) => departmentOf.get(link.itemCode) !== departmentOf.get(link.requiresItemCode),
    );
    if (crossing.length > 0) {
      throw new DomainError(
        'CROSS_DEPARTMENT_PREREQUISITE',
        `Inside a joint approval no department waits for another's decision: ${crossing
          .map((link) => `${link.itemCode} requires ${link.requiresItemCode}`)
          .join('; ')}.`,
        { prerequisites: crossing },
      );
    }
    const departmentCodes = [...new Set(items.map((item) => item.departmentCode))].sort();
    if (departmentCodes.length < 2) {
      throw new DomainError(
        'BUNDLE_SINGLE_DEPARTMENT',
        'A bundle joins items of at least two departments.',
        { departmentCodes },
      );
    }
    let bundle = await tx.findOne(
      Bundle,
      { code: input.code },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const now = clock.now();
    const content = {
      name: input.name.trim(),
      description: input.description.trim(),
      timeLimitDays: input.timeLimitDays,
      itemCodes: codes,
      prerequisites: links,
      publishedBy: identity.subject!,
      publishedAt: now,
    };
    if (bundle) {
      bundle.version += 1;
      Object.assign(bundle, content);
    } else {
      bundle = tx.create(Bundle, { code: input.code, version: 1, createdAt: now, ...content });
    }
    await tx.flush();
    await publishEvent(tx, {
      topic: 'center.bundle.published',
      key: bundle.code,
      payload: bundlePublishedPayload(bundle, items, links),
    });
    return bundle;
  });
}
