import type { EventConsumer } from '../../kit';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { caseHandlers } from '../case/case-events';
import { loadClockContext } from '../clock/clock-context';
import { centerHandlers } from '../replica/center-events';
import { taskHandlers } from '../task/task-events';

const handlers = { ...centerHandlers, ...caseHandlers, ...taskHandlers };

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
    if (handle) await handle(event, em, await loadClockContext(em));
  },
};
