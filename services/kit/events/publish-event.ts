import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEventMap, NewEvent, Topic } from '../../contracts';
import { eventChannel } from './event-log';

export type { NewEvent } from '../../contracts';

/**
 * Appends an event in the caller's transaction (the outbox): it becomes visible exactly when the
 * state change it announces commits, and is gone if that change rolls back. The payload is the
 * one the contract (services/contracts) gives the topic.
 */
export async function publishEvent<T extends Topic>(
  em: EntityManager,
  event: NewEvent<T> & { payload: NoInfer<HubEventMap[T]> },
): Promise<void> {
  const transaction = em.getTransactionContext();
  if (!transaction) {
    throw new Error(`publishEvent(${event.topic}) must run inside em.transactional().`);
  }
  const connection = em.getConnection();
  await connection.execute(
    'insert into events.event (topic, key, payload, producer) values (?, ?, ?::jsonb, ?)',
    [event.topic, event.key, JSON.stringify(event.payload), em.config.get('schema')],
    'run',
    transaction,
  );
  // Delivered at commit: wakes consumers instead of making them poll.
  await connection.execute(`select pg_notify('${eventChannel}', '')`, [], 'run', transaction);
}
