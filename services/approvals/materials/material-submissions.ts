import type { EntityManager } from '@mikro-orm/postgresql';

import type { MaterialSubmittedPayload } from '../../contracts';
import { sql } from '../../kit';

/** Keeps the latest hand-over per applicant and type; an older event never moves it back. */
export async function recordSubmission(
  em: EntityManager,
  p: MaterialSubmittedPayload,
): Promise<void> {
  await sql(
    em,
    `insert into material_submission (applicant_id, material_type_code, submitted_at)
     values (?, ?, ?)
     on conflict (applicant_id, material_type_code) do update
       set submitted_at = greatest(material_submission.submitted_at, excluded.submitted_at)`,
    [p.applicantId, p.materialTypeCode, p.submittedAt],
  );
}

/** Of `codes`, those the applicant handed over no version of after `since`. */
export async function notSubmittedSince(
  em: EntityManager,
  applicantId: string,
  codes: string[],
  since: Date,
): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await sql<{ material_type_code: string }>(
    em,
    `select material_type_code from material_submission
      where applicant_id = ? and material_type_code in (?) and submitted_at > ?`,
    [applicantId, codes, since],
  );
  const fresh = new Set(rows.map((row) => row.material_type_code));
  return codes.filter((code) => !fresh.has(code));
}
