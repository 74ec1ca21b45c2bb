import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { clock, DomainError } from '../../kit';
import { Item } from './item.entity';
import { ItemFee } from './item-fee.entity';
import { ItemMaterial } from './item-material.entity';
import { ItemStatus } from './item-status';
import type { ItemInput } from './item.input';

interface VersionFields {
  departmentCode: string;
  version: number;
  proposedBy: string;
}

/**
 * Writes a new version in its own transaction. Two requests writing the same version at once
 * meet on the (code, version) key: the second is refused as a pending change, not an error.
 */
export function writeItemVersion(
  em: EntityManager,
  input: ItemInput,
  fields: VersionFields,
): Promise<Item> {
  return em
    .transactional((tx) => insertVersion(tx, input, fields))
    .catch((error) => {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      throw new DomainError(
        'ITEM_CHANGE_PENDING',
        `Version ${fields.version} of ${input.code} was just written by another request.`,
        { code: input.code, version: fields.version },
      );
    });
}

async function insertVersion(
  tx: EntityManager,
  input: ItemInput,
  fields: VersionFields,
): Promise<Item> {
  const item = tx.create(Item, {
    code: input.code,
    version: fields.version,
    departmentCode: fields.departmentCode,
    sectionCode: input.sectionCode,
    name: input.name.trim(),
    kind: input.kind,
    legalBasis: input.legalBasis.trim(),
    statutoryLimitDays: input.statutoryLimitDays,
    promisedLimitDays: input.promisedLimitDays,
    steps: input.steps.map((step) => ({ kind: step.kind, name: step.name.trim() })),
    joint: input.joint,
    meetingBeforeSign: input.meetingBeforeSign,
    status: ItemStatus.PROPOSED,
    returnReasons: [],
    proposedBy: fields.proposedBy,
    createdAt: clock.now(),
  } as never);
  await tx.flush();
  input.materials.forEach((material, position) =>
    tx.create(ItemMaterial, { itemId: item.id, position, ...material }),
  );
  for (const feeCode of new Set(input.feeCodes)) tx.create(ItemFee, { itemId: item.id, feeCode });
  await tx.flush();
  return item;
}
