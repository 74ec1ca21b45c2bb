import type { EntityManager } from '@mikro-orm/postgresql';
import { SupervisedCase } from '../case/supervised-case.entity';
import { SupervisedTask } from '../task/supervised-task.entity';
import type { ClockContext } from './clock-context';
import { refreshCase, refreshCommitment, refreshTask } from './clock-subjects';
import { SupervisedCommitment } from '../commitment/supervised-commitment.entity';

const batch = 500;

/**
 * Re-reads every running clock: after the calendar or the yellow threshold changed, due dates
 * and levels may all have moved. Rare, so it walks the open clocks in batches.
 */
export async function refreshOpenClocks(em: EntityManager, context: ClockContext): Promise<void> {
  for (const [entity, refresh] of [
    [SupervisedCase, refreshCase],
    [SupervisedTask, refreshTask],
    [SupervisedCommitment, refreshCommitment],
  ] as const) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const open: (SupervisedCase | SupervisedTask)[] = await em.find(
        entity as typeof SupervisedCase,
        { closedOn: null, openedOn: { $ne: null }, id: { $gt: after } },
        { orderBy: { id: 'asc' }, limit: batch },
      );
      for (const subject of open) await refresh(em, context, subject as never);
      await em.flush();
      if (open.length < batch) break;
      after = open.at(-1)!.id;
    }
  }
}
