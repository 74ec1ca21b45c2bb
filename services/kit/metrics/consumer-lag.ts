import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';
import { topicCondition } from '../events/event-delivery';
import { handedOver } from '../events/event-log';
import type { EventConsumer } from '../events/hub-event';

/**
 * How many committed events of its topics each consumer has not been handed yet (parked events
 * count as handed over), as delivery itself tells from `events.consumer`, read only. A consumer
 * that has not run yet lags by every event of its topics still in the log.
 */
export async function undeliveredEvents(
  em: EntityManager,
  consumers: EventConsumer[],
): Promise<Map<string, number>> {
  const lag = new Map<string, number>();
  for (const consumer of consumers) {
    const topics = topicCondition(consumer.topics);
    const [row] = await sql<{ undelivered: number }>(
      em,
      `select count(*)::int as undelivered
         from events.event as e
         left join events.consumer as c on c.name = ?
        where (c.name is null or not ${handedOver}) and (${topics.sql})`,
      [consumer.name, ...topics.params],
    );
    lag.set(consumer.name, row?.undelivered ?? 0);
  }
  return lag;
}
