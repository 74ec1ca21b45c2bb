import { sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Working days left at which a clock turns yellow. The center keeps no such setting, so
 * supervision keeps it and a center admin sets it.
 */
export async function yellowThreshold(em: EntityManager): Promise<number> {
  const [row] = await sql<{ days: number }>(
    em,
    'select yellow_threshold_days as days from supervision_setting where id = 1',
  );
  return row?.days ?? 2;
}

export const maxYellowThreshold = 30;
