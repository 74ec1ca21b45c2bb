import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, sql } from '../../kit';

/**
 * Serializes changes that count a department's records (sections, active chief representative,
 * active seal): concurrent requests for one department queue here instead of both passing a limit.
 */
export async function lockDepartment(tx: EntityManager, code: string): Promise<void> {
  const rows = await sql(tx, 'select code from department where code = ? for update', [code]);
  if (rows.length === 0) throw notFound('Department', code);
}
