import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer, handleByTopic } from '../../kit';
import type { Topic } from '../../contracts';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { caseHandlers } from '../case/case-events';
import { loadClockContext, type ClockContext } from '../clock/clock-context';
import { centerHandlers } from '../replica/center-events';
import { taskHandlers } from '../task/task-events';
import { refusalHandlers } from '../violation/judge-refusal';
import { commitmentHandlers } from '../commitment/commitment-events';

const handlers = {
  ...centerHandlers,
  ...caseHandlers,
  ...taskHandlers,
  ...refusalHandlers,
  ...commitmentHandlers,
};

// One calendar read per delivered batch (the batch shares its transaction), not per event.
const batchContexts = new WeakMap<EntityManager, ClockContext>();

async function clockContextFor(em: EntityManager): Promise<ClockContext> {
  let context = batchContexts.get(em);
  if (!context) {
    context = await loadClockContext(em);
    batchContexts.set(em, context);
  }
  return context;
}

/**
 * Supervision follows every event with one consumer, so the audit chain, the replicas it judges
 * by and the clocks all see the events in the same commit order.
 */
export const supervisionConsumer = defineConsumer({
  name: 'supervision.events',
  topics: ['*'],
  async handle(event, em) {
    await appendAuditEntry(em, event);
    if (!(event.topic in handlers)) return;
    await handleByTopic<Topic, [EntityManager, ClockContext]>(
      handlers,
      event,
      em,
      await clockContextFor(em),
    );
    if (event.topic === 'center.calendar.changed') batchContexts.delete(em);
  },
});
