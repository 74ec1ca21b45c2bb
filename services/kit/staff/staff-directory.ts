import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';
import type { PermitRecord, RepresentativeRecord, StaffRecord } from './staff-records';

/** Where the permit checks read staff, permits and chief representatives from. */
export interface StaffDirectory {
  staffMember(em: EntityManager, subject: string): Promise<StaffRecord | null>;
  permits(em: EntityManager, subject: string): Promise<PermitRecord[]>;
  representatives(em: EntityManager, departmentCode: string): Promise<RepresentativeRecord[]>;
}

export interface StaffTables {
  staff: string;
  permits: string;
  representatives: string;
}

/**
 * A directory over three tables of the subgraph's own schema with the kit's column names: the
 * replica every subgraph keeps, or the center's own registry.
 */
export function sqlStaffDirectory(tables: StaffTables): StaffDirectory {
  return {
    async staffMember(em, subject) {
      const [row] = await sql<StaffRecord>(
        em,
        `select subject, department_code as "departmentCode", section_code as "sectionCode",
                duty::text as duty
           from ${tables.staff} where subject = ?`,
        [subject],
      );
      return row ?? null;
    },
    async permits(em, subject) {
      const rows = await sql<PermitRecord>(
        em,
        `select number, subject, to_char(issued_on, 'YYYY-MM-DD') as "issuedOn",
                to_char(expires_on, 'YYYY-MM-DD') as "expiresOn", revoked_at as "revokedAt"
           from ${tables.permits} where subject = ?`,
        [subject],
      );
      return rows.map((row) => ({ ...row, revokedAt: row.revokedAt && new Date(row.revokedAt) }));
    },
    async representatives(em, departmentCode) {
      const rows = await sql<RepresentativeRecord>(
        em,
        `select id::text as id, subject, department_code as "departmentCode",
                scope_all as "scopeAll", item_codes as "itemCodes",
                to_char(valid_from, 'YYYY-MM-DD') as "validFrom",
                to_char(valid_to, 'YYYY-MM-DD') as "validTo", revoked_at as "revokedAt"
           from ${tables.representatives} where department_code = ?`,
        [departmentCode],
      );
      return rows.map((row) => ({ ...row, revokedAt: row.revokedAt && new Date(row.revokedAt) }));
    },
  };
}

export const staffReplicaTables: StaffTables = {
  staff: 'kit_staff',
  permits: 'kit_work_permit',
  representatives: 'kit_chief_representative',
};

/** The replica of the center's registry that `staffReplicaConsumer` keeps. */
export const replicaStaffDirectory = sqlStaffDirectory(staffReplicaTables);
