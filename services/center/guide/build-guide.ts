import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../kit';
import { Bundle } from '../bundle/bundle.entity';
import { Department } from '../department/department.entity';
import { FeeEntry } from '../fee/fee-entry.entity';
import { Item } from '../item/item.entity';
import { ItemFee } from '../item/item-fee.entity';
import { ItemMaterial } from '../item/item-material.entity';
import { ItemStatus } from '../item/item-status';
import { ServiceWindow, windowServes } from '../window/window.entity';
import { WindowKind } from '../window/window-kind';
import { GuideMaterial, ServiceGuide } from './service-guide';
import { guideMarkdown } from './guide-markdown';

/** Gathers a guide for published items in a fixed number of queries, however many items. */
async function buildGuide(
  em: EntityManager,
  title: string,
  items: Item[],
  bundle: Bundle | null,
): Promise<ServiceGuide> {
  const ids = items.map((item) => item.id);
  const departmentCodes = [...new Set(items.map((item) => item.departmentCode))].sort();
  const [materials, itemFees, departments, windows] = await Promise.all([
    em.find(ItemMaterial, { itemId: { $in: ids } }, { orderBy: { position: 'asc' } }),
    em.find(ItemFee, { itemId: { $in: ids } }),
    em.find(Department, { code: { $in: departmentCodes } }, { orderBy: { code: 'asc' } }),
    em.find(
      ServiceWindow,
      { $or: [{ departmentCode: { $in: departmentCodes } }, { kind: WindowKind.COMPREHENSIVE }] },
      { orderBy: { number: 'asc' } },
    ),
  ]);
  const fees = await em.find(
    FeeEntry,
    { code: { $in: [...new Set(itemFees.map((fee) => fee.feeCode))] } },
    { orderBy: { code: 'asc' } },
  );
  const codeOf = new Map(items.map((item) => [item.id, item.code]));
  const merged = new Map<string, GuideMaterial>();
  // In the order of the items, then of each item's list, so the guide reads the same every time.
  const order = new Map(items.map((item, index) => [item.id, index]));
  materials.sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)! || a.position - b.position);
  for (const material of materials) {
    const code = material.materialTypeCode;
    const entry = merged.get(code);
    if (entry) {
      entry.core ||= material.core;
      entry.mayBeMissingAtAcceptance &&= material.mayBeMissingAtAcceptance;
      entry.itemCodes.push(codeOf.get(material.itemId)!);
    } else {
      merged.set(code, {
        materialType: { code },
        core: material.core,
        mayBeMissingAtAcceptance: material.mayBeMissingAtAcceptance,
        itemCodes: [codeOf.get(material.itemId)!],
      });
    }
  }
  const guide = {
    title,
    bundle,
    items,
    departments,
    promisedLimitDays: bundle
      ? bundle.timeLimitDays
      : Math.max(...items.map((item) => item.promisedLimitDays)),
    materials: [...merged.values()],
    fees,
    windows: windows.filter((window) => departmentCodes.some((code) => windowServes(window, code))),
  };
  return { ...guide, markdown: guideMarkdown(guide) };
}

/** The service guide of one published item or one bundle: exactly one of the two codes. */
export async function serviceGuide(
  em: EntityManager,
  itemCode: string | null,
  bundleCode: string | null,
): Promise<ServiceGuide> {
  if (!itemCode === !bundleCode) throw badInput('Give either itemCode or bundleCode.');
  if (itemCode) {
    const item = await em.findOne(Item, { code: itemCode, status: ItemStatus.PUBLISHED });
    if (!item) throw notFound('Published item', itemCode);
    return buildGuide(em, item.name, [item], null);
  }
  const bundle = await em.findOne(Bundle, { code: bundleCode! });
  if (!bundle) throw notFound('Bundle', bundleCode!);
  const items = await em.find(
    Item,
    { code: { $in: bundle.itemCodes }, status: ItemStatus.PUBLISHED },
    { orderBy: { code: 'asc' } },
  );
  return buildGuide(em, bundle.name, items, bundle);
}
