import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer, sql } from '../../kit';
import type {
  BundlePublishedPayload,
  ItemPublishedPayload,
  RequirementPayload,
} from '../../contracts';

// A version never changes once published, so a redelivery finds its row and changes nothing.
const itemPublished = (em: EntityManager, item: ItemPublishedPayload) =>
  sql(
    em,
    `insert into published_item (code, version, name, department_code, promised_limit_days,
       statutory_limit_days, steps, meeting_before_sign, materials, fees, published_at)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?)
     on conflict (code, version) do nothing`,
    [
      item.code,
      item.version,
      item.name,
      item.departmentCode,
      item.promisedLimitDays,
      item.statutoryLimitDays,
      JSON.stringify(item.steps),
      item.meetingBeforeSign,
      JSON.stringify(item.materials.map(requirementOf)),
      JSON.stringify(
        item.fees.map(({ code, name, standard, legalBasis }) => ({
          code,
          name,
          standard,
          legalBasis,
        })),
      ),
      item.publishedAt,
    ],
  );

const requirementOf = (material: RequirementPayload): RequirementPayload => ({
  materialTypeCode: material.materialTypeCode,
  core: material.core,
  mayBeMissingAtAcceptance: material.mayBeMissingAtAcceptance,
});

// Only a newer version replaces the copy: an old event delivered again cannot roll it back.
const bundlePublished = (em: EntityManager, bundle: BundlePublishedPayload) =>
  sql(
    em,
    `insert into published_bundle (code, version, name, time_limit_days, item_codes)
     values (?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)))
     on conflict (code) do update set version = excluded.version, name = excluded.name,
       time_limit_days = excluded.time_limit_days, item_codes = excluded.item_codes
     where published_bundle.version < excluded.version`,
    [
      bundle.code,
      bundle.version,
      bundle.name,
      bundle.timeLimitDays,
      // As JSON: the driver would spread an array parameter into a list of values.
      JSON.stringify(bundle.items.map((item) => item.code)),
    ],
  );

/** Keeps approvals' copy of the center's catalog: the items and bundles applicants apply for. */
export const catalogReplicaConsumer = defineConsumer({
  name: 'approvals.catalog',
  topics: ['center.item.published', 'center.bundle.published'],
  async handle(event, em) {
    if (event.topic === 'center.item.published') await itemPublished(em, event.payload);
    else await bundlePublished(em, event.payload);
  },
});
