import type { BundlePublishedPayload } from '../../contracts';
import type { Item } from '../item/item.entity';
import type { Bundle } from './bundle.entity';

/** What other subgraphs learn when a bundle version comes into force: its items and departments. */
export function bundlePublishedPayload(
  bundle: Bundle,
  items: Item[],
  prerequisites: BundlePublishedPayload['prerequisites'],
): BundlePublishedPayload {
  return {
    code: bundle.code,
    version: bundle.version,
    name: bundle.name,
    timeLimitDays: bundle.timeLimitDays,
    items: items.map((item) => ({
      code: item.code,
      version: item.version,
      departmentCode: item.departmentCode,
    })),
    departmentCodes: [...new Set(items.map((item) => item.departmentCode))].sort(),
    prerequisites,
  };
}
