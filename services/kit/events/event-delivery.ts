import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { eventChannel } from './event-log';
import { log } from '../logging/log';
import { withoutCountingStatements } from '../database/sql-statements';
import type { EventConsumer, HubEvent } from './hub-event';

const batchSize = 100;
const pollIntervalMs = 1000;
const waitingRetryMs = 20;

interface EventRow {
  position: string;
  transaction_id: string;
  topic: string;
  key: string;
  payload: unknown;
  producer: string;
  occurred_at: Date;
}

/**
 * The oldest transaction of this database still running (other than the reader's own): no event
 * at or past it may be delivered yet, since it may still commit one with a lower position. Only
 * this database counts, so a transaction idling elsewhere on the server delays nobody here.
 */
export const commitHorizon = `coalesce(
  (select min(running.xid)
     from pg_snapshot_xip(pg_current_snapshot()) as running(xid)
    where running.xid is distinct from pg_current_xact_id_if_assigned()
      and running.xid::xid in (select backend_xid from pg_stat_activity
                                where datname = current_database() and backend_xid is not null)),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/** `a.b.c` matches that topic, `a.*` every topic under `a.`, `*` every topic. */
export function topicCondition(topics: string[]): { sql: string; params: string[] } {
  if (topics.includes('*')) return { sql: 'true', params: [] };
  const exact = topics.filter((topic) => !topic.endsWith('.*'));
  const prefixes = topics.filter((topic) => topic.endsWith('.*')).map((t) => t.slice(0, -1));
  const parts = [
    ...(exact.length ? [`topic in (${exact.map(() => '?').join(', ')})`] : []),
    ...prefixes.map(() => `starts_with(topic, ?)`),
  ];
  return { sql: parts.join(' or ') || 'false', params: [...exact, ...prefixes] };
}

export interface DeliveryOutcome {
  /** Events handed to the consumer and passed. */
  handled: number;
  /**
   * Committed events wait behind a transaction still running: no NOTIFY will come for them when
   * it ends, so the caller should look again soon.
   */
  waiting: boolean;
}

/**
 * Delivers committed events to one consumer, in commit order, at least once. Several replicas may
 * run it: the consumer's position row is locked for the batch, so one replica delivers at a time
 * and the others skip. Only events of transactions older than every transaction still running
 * are handled, so an event that commits late is never stepped over.
 */
export async function deliverBatch(
  em: EntityManager,
  consumer: EventConsumer,
): Promise<DeliveryOutcome> {
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    await connection.execute(
      'insert into event_consumer (name) values (?) on conflict (name) do nothing',
      [consumer.name],
      'run',
      context,
    );
    const [position] = await connection.execute<{ transaction_id: string; position: string }[]>(
      'select transaction_id, position from event_consumer where name = ? for update skip locked',
      [consumer.name],
      'all',
      context,
    );
    if (!position) return { handled: 0, waiting: false };
    const topicFilter = topicCondition(consumer.topics);
    const rows = await connection.execute<(EventRow & { deliverable: boolean })[]>(
      `select position, transaction_id, topic, key, payload, producer, occurred_at,
              transaction_id < ${commitHorizon} as deliverable
         from events.event
        where (transaction_id, position) > (?::xid8, ?::bigint)
          and (${topicFilter.sql})
        order by transaction_id, position
        limit ${batchSize}`,
      [position.transaction_id, position.position, ...topicFilter.params],
      'all',
      context,
    );
    // Commit order puts every deliverable event before the first that must wait.
    const waitingFrom = rows.findIndex((row) => !row.deliverable);
    const deliverable = waitingFrom === -1 ? rows : rows.slice(0, waitingFrom);
    for (const row of deliverable) {
      const event: HubEvent = {
        position: String(row.position),
        topic: row.topic,
        key: row.key,
        payload: row.payload,
        producer: row.producer,
        occurredAt: new Date(row.occurred_at),
      };
      await consumer.handle(event, tx);
      await tx.flush();
    }
    const last = deliverable.at(-1);
    if (last) {
      await connection.execute(
        `update event_consumer set transaction_id = ?::xid8, position = ?, updated_at = now()
          where name = ?`,
        [last.transaction_id, last.position, consumer.name],
        'run',
        context,
      );
    }
    return { handled: deliverable.length, waiting: waitingFrom !== -1 };
  });
}

export interface EventDelivery {
  /** Delivers everything visible now to every consumer; returns how many events it handled. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** Runs a subgraph's consumers: woken by NOTIFY at each commit, polling as a fallback. */
export async function startEventDelivery(
  orm: MikroORM,
  consumers: EventConsumer[],
  databaseUrl: string,
): Promise<EventDelivery> {
  let running: Promise<number> | null = null;
  let queued: Promise<number> | null = null;
  let stopped = false;

  let retry: NodeJS.Timeout | null = null;

  const drainOnce = async () => {
    let handled = 0;
    let waiting = false;
    for (const consumer of consumers) {
      for (;;) {
        const outcome = await withoutCountingStatements(() => deliverBatch(orm.em, consumer));
        handled += outcome.handled;
        waiting ||= outcome.waiting;
        if (outcome.waiting || outcome.handled < batchSize) break;
      }
    }
    // Events behind a running transaction get no NOTIFY of their own: look again shortly
    // rather than at the next poll.
    if (waiting && !retry && !stopped) {
      retry = setTimeout(() => {
        retry = null;
        wake();
      }, waitingRetryMs);
      retry.unref();
    }
    return handled;
  };

  const start = (): Promise<number> => {
    // After stop() the pool is closing: a queued drain must not start another round on it.
    if (stopped) return Promise.resolve(0);
    running = drainOnce().finally(() => {
      running = null;
    });
    return running;
  };

  // One drain at a time per process. Calls during a drain share the one drain queued after it:
  // it sees everything committed before they called, and no caller can starve another.
  const drain = (): Promise<number> => {
    if (!running) return start();
    queued ??= running
      .catch(() => 0)
      .then(() => {
        queued = null;
        return running ?? start();
      });
    return queued;
  };

  const wake = () => {
    if (stopped) return;
    drain().catch((error) => log.error({ error }, 'event delivery failed; will retry'));
  };

  const listener = new Client({ connectionString: databaseUrl });
  listener.on('error', () => {});
  listener.on('notification', wake);
  await listener.connect();
  await listener.query(`listen ${eventChannel}`);
  const poll = setInterval(wake, pollIntervalMs);
  poll.unref();
  wake();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (retry) clearTimeout(retry);
      await running?.catch(() => 0);
      await queued?.catch(() => 0);
      await listener.end().catch(() => {});
    },
  };
}
