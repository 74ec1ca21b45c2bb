import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../kit';
import { PublishedBundle } from '../catalog/published-bundle.entity';
import { PublishedItem } from '../catalog/published-item.entity';
import type { CaseItem } from '../case/case-item';
import type { MaterialRequirement } from '../case/material-requirement';
import { SubjectKind } from '../case/subject-kind';

export interface ResolvedSubject {
  version: number;
  items: CaseItem[];
  requirements: MaterialRequirement[];
  timeLimitDays: number;
}

const notPublished = (kind: SubjectKind, code: string, itemCodes?: string[]) =>
  new DomainError(
    'SUBJECT_NOT_PUBLISHED',
    itemCodes
      ? `Bundle ${code} names items not in force: ${itemCodes.join(', ')}.`
      : `No published ${kind.toLowerCase()} has the code ${code}.`,
    { kind, code, ...(itemCodes ? { itemCodes } : {}) },
  );

/** The newest published version of each code: the version in force. */
async function itemsInForce(
  em: EntityManager,
  codes: string[],
): Promise<Map<string, PublishedItem>> {
  const rows = await em.find(
    PublishedItem,
    { code: { $in: codes } },
    { orderBy: { code: 'asc', version: 'desc' } },
  );
  const inForce = new Map<string, PublishedItem>();
  for (const row of rows) if (!inForce.has(row.code)) inForce.set(row.code, row);
  return inForce;
}

const caseItemOf = (item: PublishedItem): CaseItem => ({
  code: item.code,
  version: item.version,
  name: item.name,
  departmentCode: item.departmentCode,
  promisedLimitDays: item.promisedLimitDays,
  steps: item.steps,
  meetingBeforeSign: item.meetingBeforeSign,
  materialTypeCodes: item.materials.map((material) => material.materialTypeCode),
});

/**
 * What the items together require: a material is core if any item needs it as core, and may be
 * missing at acceptance only if every item requiring it allows that.
 */
export function mergeRequirements(items: PublishedItem[]): MaterialRequirement[] {
  const merged = new Map<string, MaterialRequirement>();
  for (const material of items.flatMap((item) => item.materials)) {
    const seen = merged.get(material.materialTypeCode);
    const core = material.core || (seen?.core ?? false);
    const mayBeMissing =
      material.mayBeMissingAtAcceptance && (seen?.mayBeMissingAtAcceptance ?? true);
    merged.set(material.materialTypeCode, {
      materialTypeCode: material.materialTypeCode,
      core,
      mayBeMissingAtAcceptance: mayBeMissing && !core,
    });
  }
  return [...merged.values()];
}

/** Reads the bundle or item applied for from approvals' replica of the center's catalog. */
export async function resolveSubject(
  em: EntityManager,
  kind: SubjectKind,
  code: string,
): Promise<ResolvedSubject> {
  if (kind === SubjectKind.ITEM) {
    const item = (await itemsInForce(em, [code])).get(code);
    if (!item) throw notPublished(kind, code);
    return {
      version: item.version,
      items: [caseItemOf(item)],
      requirements: mergeRequirements([item]),
      timeLimitDays: item.promisedLimitDays,
    };
  }
  const bundle = await em.findOne(PublishedBundle, { code });
  if (!bundle) throw notPublished(kind, code);
  const inForce = await itemsInForce(em, bundle.itemCodes);
  const missing = bundle.itemCodes.filter((itemCode) => !inForce.has(itemCode));
  if (missing.length > 0) throw notPublished(kind, code, missing);
  const items = bundle.itemCodes.map((itemCode) => inForce.get(itemCode)!);
  return {
    version: bundle.version,
    items: items.map(caseItemOf),
    requirements: mergeRequirements(items),
    timeLimitDays: bundle.timeLimitDays,
  };
}
