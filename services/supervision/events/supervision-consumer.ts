import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarChangedTopic, type EventConsumer } from '../../kit';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { caseHandlers } from '../case/case-events';
import { loadClockContext, type ClockContext } from '../clock/clock-context';
import { centerHandlers } from '../replica/center-events';
import { taskHandlers } from '../task/task-events';
import { refusalHandlers } from '../violation/judge-refusal';

const handlers = { ...centerHandlers, ...caseHandlers, ...taskHandlers, ...refusalHandlers };

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
export const supervisionConsumer: EventConsumer = {
  name: 'supervision.events',
  topics: ['*'],
  async handle(event, em) {
    await appendAuditEntry(em, event);
    const handle = handlers[event.topic];
    if (!handle) return;
    await handle(event, em, await clockContextFor(em));
    if (event.topic === calendarChangedTopic) batchContexts.delete(em);
  },
};
