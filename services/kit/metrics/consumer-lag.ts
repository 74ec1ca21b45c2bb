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

export interface ConsumerTrouble {
  /** Events the consumer gave up on after its retries, waiting for an operator. */
  parked: number;
  /** Failed attempts in a row at the event it is stuck on now (0 when it is not). */
  failures: number;
}

/** Per consumer: its parked events and the failures of the event it is retrying now. */
export async function consumerTroubles(
  em: EntityManager,
  consumers: EventConsumer[],
): Promise<Map<string, ConsumerTrouble>> {
  const troubles = new Map<string, ConsumerTrouble>();
  for (const consumer of consumers) {
    const [row] = await sql<ConsumerTrouble>(
      em,
      `select (select count(*)::int from events.parked_event where consumer = ?) as parked,
              coalesce((select failures from events.consumer where name = ?), 0) as failures`,
      [consumer.name, consumer.name],
    );
    troubles.set(consumer.name, row ?? { parked: 0, failures: 0 });
  }
  return troubles;
}
