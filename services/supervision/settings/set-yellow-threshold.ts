import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, sql, type Identity } from '../../kit';
import { loadClockContext } from '../clock/clock-context';
import { refreshOpenClocks } from '../clock/refresh-open-clocks';
import { maxYellowThreshold } from './yellow-threshold';

/** Sets the yellow threshold and re-reads every running clock by it. */
export function setYellowThreshold(
  em: EntityManager,
  identity: Identity,
  workingDays: number,
): Promise<number> {
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > maxYellowThreshold) {
    throw badInput(`workingDays must be between 0 and ${maxYellowThreshold}.`, { workingDays });
  }
  return em.transactional(async (tx) => {
    await sql(
      tx,
      `update supervision_setting set yellow_threshold_days = ?, updated_by = ?, updated_at = now()
        where id = 1`,
      [workingDays, identity.subject],
    );
    await refreshOpenClocks(tx, await loadClockContext(tx));
    return workingDays;
  });
}
