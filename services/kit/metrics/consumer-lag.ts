import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';
import { topicCondition } from '../events/event-delivery';
import type { EventConsumer } from '../events/hub-event';

/**
 * How many committed events of its topics each consumer has not been handed yet. The one place
 * that reads how delivery keeps a consumer's progress (read only; delivery owns the table):
 * as a snapshot of delivered transactions (`delivered`) when the table has one, otherwise as
 * the last (transaction, position) delivered.
 */
export async function undeliveredEvents(
  em: EntityManager,
  consumers: EventConsumer[],
): Promise<Map<string, number>> {
  const columns = await sql<{ column_name: string }>(
    em,
    `select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = 'event_consumer'`,
  );
  const names = new Set(columns.map((column) => column.column_name));
  const notDelivered = names.has('delivered')
    ? `(consumer.delivered is null or not pg_visible_in_snapshot(event.transaction_id, consumer.delivered))`
    : `(event.transaction_id, event.position) >
         (coalesce(consumer.transaction_id, '0'::xid8), coalesce(consumer.position, 0))`;
  const lag = new Map<string, number>();
  for (const consumer of consumers) {
    const topics = topicCondition(consumer.topics);
    const [row] = await sql<{ undelivered: number }>(
      em,
      `select count(*)::int as undelivered
         from events.event as event
         left join event_consumer as consumer on consumer.name = ?
        where ${notDelivered} and (${topics.sql})`,
      [consumer.name, ...topics.params],
    );
    lag.set(consumer.name, row?.undelivered ?? 0);
  }
  return lag;
}
