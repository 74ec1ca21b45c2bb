import { clock, sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SupervisedCase } from '../case/supervised-case.entity';
import { SupervisedTask } from '../task/supervised-task.entity';
import { loadClockContext } from './clock-context';
import { refreshCase, refreshCommitment, refreshTask } from './clock-subjects';
import { SupervisedCommitment } from '../commitment/supervised-commitment.entity';

const batch = 500;
const lockKey = 'supervision.clock-check';

const due = (table: string) => `
  select id from ${table}
   where closed_on is null and paused_since is null
     and ((level = 'GREEN' and yellow_on <= ?::date) or (level <> 'RED' and red_on <= ?::date))
     and id > ?
   order by id limit ${batch}`;

/**
 * Turns clocks yellow and red as time passes. One replica runs it at a time (the others find the
 * advisory lock taken and skip); should two overlap anyway, the warnings' unique constraint still
 * records each level once. Returns how many clocks changed level, or null when skipped.
 */
export async function runClockCheck(em: EntityManager, now = clock.now()): Promise<number | null> {
  return em.fork().transactional(async (tx) => {
    const [lock] = await sql<{ locked: boolean }>(
      tx,
      'select pg_try_advisory_xact_lock(hashtext(?)) as locked',
      [lockKey],
    );
    if (!lock?.locked) return null;
    const context = await loadClockContext(tx, now);
    let changed = 0;
    for (const [table, entity, refresh] of [
      ['supervised_case', SupervisedCase, refreshCase],
      ['supervised_task', SupervisedTask, refreshTask],
      ['supervised_commitment', SupervisedCommitment, refreshCommitment],
    ] as const) {
      // Walks forward by id so a clock that does not change cannot be picked up again.
      for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
        const ids = await sql<{ id: string }>(tx, due(table), [
          context.today,
          context.today,
          after,
        ]);
        if (ids.length === 0) break;
        const subjects: (SupervisedCase | SupervisedTask)[] = await tx.find(
          entity as typeof SupervisedCase,
          { id: { $in: ids.map((row) => row.id) } },
        );
        for (const subject of subjects) await refresh(tx, context, subject as never);
        await tx.flush();
        changed += subjects.length;
        if (ids.length < batch) break;
        after = ids.at(-1)!.id;
      }
    }
    return changed;
  });
}
