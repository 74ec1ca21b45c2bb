import { alignMany, alignOne, defineLoader } from '../../kit';
import { Item } from './item.entity';
import { ItemFee } from './item-fee.entity';
import { ItemMaterial } from './item-material.entity';
import { ItemStatus } from './item-status';

export interface ItemKey {
  code: string;
  version: number;
}

export const itemByKey = defineLoader<ItemKey, Item | null>(
  async (keys, { em }) =>
    alignOne(
      keys.map((key) => `${key.code}@${key.version}`),
      await em.find(Item, { $or: keys.map((key) => ({ code: key.code, version: key.version })) }),
      (row) => `${row.code}@${row.version}`,
    ),
  { cacheKey: (key) => `${key.code}@${key.version}` },
);

/** The version in force of each item code. */
export const publishedItemByCode = defineLoader<string, Item | null>(async (codes, { em }) =>
  alignOne(
    codes,
    await em.find(Item, { code: { $in: [...codes] }, status: ItemStatus.PUBLISHED }),
    (row) => row.code,
  ),
);

export const materialsOfItem = defineLoader<string, ItemMaterial[]>(async (ids, { em }) =>
  alignMany(
    ids,
    await em.find(ItemMaterial, { itemId: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
    (row) => row.itemId,
  ),
);

export const feeCodesOfItem = defineLoader<string, string[]>(async (ids, { em }) =>
  alignMany(
    ids,
    await em.find(ItemFee, { itemId: { $in: [...ids] } }, { orderBy: { feeCode: 'asc' } }),
    (row) => row.itemId,
  ).map((rows) => rows.map((row) => row.feeCode)),
);
