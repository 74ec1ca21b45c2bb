import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';
import { topicCondition } from '../events/event-delivery';
import type { EventConsumer } from '../events/hub-event';

/**
 * The table delivery keeps consumers' progress in: this subgraph's `event_consumer`, or the
 * hub-wide `events.consumer`; and whether progress is a snapshot of delivered transactions
 * (`delivered`) or the last (transaction, position) delivered.
 */
async function progressTable(em: EntityManager) {
  const columns = await sql<{ schema: string; table: string; column: string }>(
    em,
    `select table_schema as schema, table_name as table, column_name as column
       from information_schema.columns
      where (table_schema = current_schema() and table_name = 'event_consumer')
         or (table_schema = 'events' and table_name = 'consumer')
      order by table_schema = 'events'`,
  );
  const first = columns[0];
  if (!first) return null;
  const own = columns.filter((row) => row.schema === first.schema && row.table === first.table);
  return {
    name: `"${first.schema}"."${first.table}"`,
    bySnapshot: own.some((row) => row.column === 'delivered'),
  };
}

/**
 * How many committed events of its topics each consumer has not been handed yet. The one place
 * that reads how delivery keeps a consumer's progress (read only: delivery owns the table).
 */
export async function undeliveredEvents(
  em: EntityManager,
  consumers: EventConsumer[],
): Promise<Map<string, number>> {
  const table = await progressTable(em);
  const notDelivered = !table
    ? 'true'
    : table.bySnapshot
      ? `(consumer.delivered is null
           or not pg_visible_in_snapshot(event.transaction_id, consumer.delivered))`
      : `(event.transaction_id, event.position) >
           (coalesce(consumer.transaction_id, '0'::xid8), coalesce(consumer.position, 0))`;
  const progress = table
    ? `left join ${table.name} as consumer on consumer.name = ?`
    : 'cross join (select ?::text) as consumer';
  const lag = new Map<string, number>();
  for (const consumer of consumers) {
    const topics = topicCondition(consumer.topics);
    const [row] = await sql<{ undelivered: number }>(
      em,
      `select count(*)::int as undelivered
         from events.event as event
         ${progress}
        where ${notDelivered} and (${topics.sql})`,
      [consumer.name, ...topics.params],
    );
    lag.set(consumer.name, row?.undelivered ?? 0);
  }
  return lag;
}
