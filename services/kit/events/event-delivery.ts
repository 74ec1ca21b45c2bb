import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { listenForEvents } from './event-listener';
import { withoutCountingStatements } from '../database/sql-statements';
import type { EventConsumer, HubEvent } from './hub-event';
import { batchStart, readBatch, type SnapshotBatch } from './snapshot-batch';

const batchSize = 100;
const pollIntervalMs = 1000;
const busyRetryMs = 20;

interface EventRow {
  batch_transaction_id: string;
  batch_position: string;
  position: string;
  topic: string;
  key: string;
  payload: unknown;
  producer: string;
  occurred_at: Date;
}

interface ConsumerRow {
  delivered: string;
  batch: string | null;
  batch_transaction_id: string;
  batch_position: string;
  /** This statement's snapshot: the next batch, when none is under way. */
  now: string;
  /** False when the transaction already has an id, which would make its snapshot unsound. */
  fresh: boolean;
}

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
   * Another replica is delivering to this consumer: it may have taken its snapshot before the
   * commit that woke this one, so the caller should look again soon.
   */
  busy: boolean;
  /** More of the batch under way is left: call again. */
  more: boolean;
}

/** Registers a consumer; a new one starts with every event still in the log. */
async function ensureConsumer(em: EntityManager, name: string): Promise<void> {
  await em
    .getConnection()
    .execute(
      'insert into events.consumer (name) values (?) on conflict (name) do nothing',
      [name],
      'run',
    );
}

/**
 * Delivers committed events to one consumer, at least once, in batches of commit order (see
 * snapshot-batch.ts): an event is handed over after every event whose transaction committed before
 * its own began. Several replicas may run it: a lock on the consumer lets one deliver at a time,
 * and the others skip. The consumer's position moves in the transaction that runs its handler.
 */
export async function deliverBatch(
  em: EntityManager,
  consumer: EventConsumer,
): Promise<DeliveryOutcome> {
  await ensureConsumer(em, consumer.name);
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    // An advisory lock, not a row lock: locking a row would give this transaction an id before
    // it takes its snapshot.
    const [{ locked }] = await connection.execute<{ locked: boolean }[]>(
      `select pg_try_advisory_xact_lock(hashtext('onestop.event-consumer'), hashtext(?)) as locked`,
      [consumer.name],
      'all',
      context,
    );
    if (!locked) return { handled: 0, busy: true, more: false };
    const [position] = await connection.execute<ConsumerRow[]>(
      `select delivered::text, batch::text, batch_transaction_id::text, batch_position::text,
              pg_current_snapshot()::text as now,
              pg_current_xact_id_if_assigned() is null as fresh
         from events.consumer where name = ?`,
      [consumer.name],
      'all',
      context,
    );
    if (!position.fresh) throw new Error('deliverBatch must take its snapshot before writing.');
    const batch: SnapshotBatch = {
      from: position.delivered,
      to: position.batch ?? position.now,
      after: position.batch
        ? { transactionId: position.batch_transaction_id, position: position.batch_position }
        : batchStart,
    };
    const read = readBatch(
      batch,
      'e.position::text, e.topic, e.key, e.payload, e.producer, e.occurred_at',
      topicCondition(consumer.topics),
      batchSize,
    );
    const rows = await connection.execute<EventRow[]>(read.sql, read.params, 'all', context);
    for (const row of rows) {
      const event: HubEvent = {
        position: row.position,
        topic: row.topic,
        key: row.key,
        payload: row.payload,
        producer: row.producer,
        occurredAt: new Date(row.occurred_at),
      };
      await consumer.handle(event, tx);
      await tx.flush();
    }
    const after = read.next(rows);
    if (!after) {
      // The whole batch is handed over: the next one starts where it ends.
      await connection.execute(
        `update events.consumer
            set delivered = ?::pg_snapshot, batch = null, batch_transaction_id = '0',
                batch_position = 0, updated_at = now()
          where name = ?`,
        [batch.to, consumer.name],
        'run',
        context,
      );
    } else {
      await connection.execute(
        `update events.consumer
            set batch = ?::pg_snapshot, batch_transaction_id = ?::xid8, batch_position = ?,
                updated_at = now()
          where name = ?`,
        [batch.to, after.transactionId, after.position, consumer.name],
        'run',
        context,
      );
    }
    return { handled: rows.length, busy: false, more: after !== undefined };
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
  options: { pollIntervalMs?: number } = {},
): Promise<EventDelivery> {
  let running: Promise<number> | null = null;
  let queued: Promise<number> | null = null;
  let stopped = false;

  let retry: NodeJS.Timeout | null = null;

  const drainOnce = async () => {
    let handled = 0;
    let busy = false;
    for (const consumer of consumers) {
      for (;;) {
        const outcome = await withoutCountingStatements(() => deliverBatch(orm.em, consumer));
        handled += outcome.handled;
        busy ||= outcome.busy;
        if (!outcome.more) break;
      }
    }
    // The replica that holds a consumer may have missed the commit that woke this one: look
    // again shortly rather than at the next poll.
    if (busy && !retry && !stopped) {
      retry = setTimeout(() => {
        retry = null;
        wake();
      }, busyRetryMs);
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
    drain().catch((error) => console.error('[onestop] event delivery failed; will retry', error));
  };

  const listener = await listenForEvents(databaseUrl, wake);
  const poll = setInterval(wake, options.pollIntervalMs ?? pollIntervalMs);
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
      await listener.stop();
    },
  };
}
