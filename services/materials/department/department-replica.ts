import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../kit';

/** The departments the center announced: materials names a lead department only if it exists. */
export const departmentReplicaTable = 'department_replica';

export async function departmentIsKnown(em: EntityManager, code: string): Promise<boolean> {
  const rows = await sql(em, `select 1 from ${departmentReplicaTable} where code = ?`, [code]);
  return rows.length > 0;
}
