import { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';

import type { MaterialReviewedPayload } from '../../contracts';

const table = 'kit_verified_material';

class VerifiedMaterialsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ${table} (
        applicant_id text not null,
        material_type_code text not null,
        material_id text not null,
        department_code text not null,
        primary key (applicant_id, material_type_code)
      )`);
  }
}

export const verifiedMaterialsMigration: MigrationObject = {
  name: 'Migration20261128170000_kit_verified_materials',
  class: VerifiedMaterialsMigration,
};

/**
 * A verified version replaces what was known of the type; a rejected one means the applicant's
 * current version is not verified any more. Both are safe to apply twice.
 */
export async function recordMaterialReview(
  em: EntityManager,
  p: MaterialReviewedPayload,
): Promise<void> {
  if (!p?.applicantId || !p.materialTypeCode || !p.departmentCode) return;
  if (p.decision === 'VERIFIED') {
    await sql(
      em,
      `insert into ${table} (applicant_id, material_type_code, material_id, department_code)
       values (?, ?, ?, ?)
       on conflict (applicant_id, material_type_code) do update
         set material_id = excluded.material_id, department_code = excluded.department_code`,
      [p.applicantId, p.materialTypeCode, p.materialId, p.departmentCode],
    );
  } else await forgetVerifiedMaterial(em, p.applicantId, p.materialTypeCode);
}

/** A new version supersedes the verified one: the type is not verified until it is reviewed. */
export async function forgetVerifiedMaterial(
  em: EntityManager,
  applicantId: string,
  materialTypeCode: string,
): Promise<void> {
  await sql(em, `delete from ${table} where applicant_id = ? and material_type_code = ?`, [
    applicantId,
    materialTypeCode,
  ]);
}

/** Of `codes`, those whose current version the applicant has verified, and by which department. */
export async function verifiedMaterials(
  em: EntityManager,
  applicantId: string,
  codes: string[],
): Promise<{ materialTypeCode: string; departmentCode: string }[]> {
  if (codes.length === 0) return [];
  const rows = await sql<{ material_type_code: string; department_code: string }>(
    em,
    `select material_type_code, department_code from ${table}
      where applicant_id = ? and material_type_code in (?)
      order by material_type_code`,
    [applicantId, codes],
  );
  return rows.map((row) => ({
    materialTypeCode: row.material_type_code,
    departmentCode: row.department_code,
  }));
}
