import type { EntityManager } from '@mikro-orm/postgresql';
import type { ItemPublishedPayload } from '../../contracts';
import { FeeEntry } from '../fee/fee-entry.entity';
import type { Item } from './item.entity';
import { ItemFee } from './item-fee.entity';
import { ItemMaterial } from './item-material.entity';

/**
 * What other subgraphs learn when a version comes into force: everything they need to accept,
 * clock and check a case under it without asking the center again.
 */
export async function itemPublishedPayload(
  em: EntityManager,
  item: Item,
): Promise<ItemPublishedPayload> {
  const materials = await em.find(
    ItemMaterial,
    { itemId: item.id },
    { orderBy: { position: 'asc' } },
  );
  const feeCodes = (await em.find(ItemFee, { itemId: item.id })).map((row) => row.feeCode);
  const fees = await em.find(FeeEntry, { code: { $in: feeCodes } }, { orderBy: { code: 'asc' } });
  return {
    code: item.code,
    version: item.version,
    name: item.name,
    kind: item.kind,
    departmentCode: item.departmentCode,
    sectionCode: item.sectionCode,
    legalBasis: item.legalBasis,
    statutoryLimitDays: item.statutoryLimitDays,
    promisedLimitDays: item.promisedLimitDays,
    steps: item.steps,
    joint: item.joint,
    meetingBeforeSign: item.meetingBeforeSign,
    materials: materials.map((material) => ({
      materialTypeCode: material.materialTypeCode,
      core: material.core,
      mayBeMissingAtAcceptance: material.mayBeMissingAtAcceptance,
    })),
    fees: fees.map((fee) => ({
      code: fee.code,
      name: fee.name,
      standard: fee.standard,
      legalBasis: fee.legalBasis,
    })),
    publishedAt: item.publishedAt?.toISOString() ?? null,
  };
}
