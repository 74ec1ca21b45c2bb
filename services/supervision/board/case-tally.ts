import { sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Reads the totals the `case_tally` trigger keeps: constant cost however many cases there are. */
export async function countCases(
  em: EntityManager,
  filter: { status?: string | null; level?: string | null } = {},
): Promise<number> {
  const [row] = await sql<{ cases: number }>(
    em,
    `select coalesce(sum(cases), 0)::int as cases from case_tally
      where (?::text is null or status = ?) and (?::text is null or level = ?)`,
    [filter.status ?? null, filter.status ?? null, filter.level ?? null, filter.level ?? null],
  );
  return row.cases;
}

export function tallyBy<K extends 'status' | 'level'>(
  em: EntityManager,
  key: K,
  where: { status?: string } = {},
): Promise<({ [P in K]: string } & { count: number })[]> {
  return sql(
    em,
    `select ${key}, sum(cases)::int as count from case_tally
      where ?::text is null or status = ? group by ${key}`,
    [where.status ?? null, where.status ?? null],
  );
}
