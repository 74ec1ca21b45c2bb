import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { listenForEvents } from './event-listener';
import { retryParkedEvents } from './parked-events';
import { archiveDeliveredEvents } from './event-retention';
import { log } from '../logging/log';
import { withoutCountingStatements } from '../database/sql-statements';
import type { EventConsumer, HubEvent } from './hub-event';
import { batchStart, readBatch, type SnapshotBatch } from './snapshot-batch';

const batchSize = 100;
const eventColumns = 'e.position::text, e.topic, e.key, e.payload, e.producer, e.occurred_at';
const pollIntervalMs = 1000;
const busyRetryMs = 20;
const archiveIntervalMs = 60 * 60 * 1000;

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
  failed_position: string | null;
  /** Whether the event that failed may be tried again now. */
  retry_due: boolean;
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
  /** The handler failed on an event: it is tried again later, or was parked. */
  failure?: { position: string; error: string; parked: boolean };
}

/** How often a failing event is tried, and how long to wait in between, before it is parked. */
export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Five tries over about fifteen seconds: long enough for a restart of what the handler needs. */
export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  firstDelayMs: 1000,
  maxDelayMs: 60_000,
};

/** A handler threw on this event; the batch's transaction is rolled back. */
class HandlerFailure extends Error {
  constructor(
    readonly row: EventRow,
    readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const eventOf = (row: EventRow): HubEvent => ({
  position: row.position,
  topic: row.topic,
  key: row.key,
  payload: row.payload,
  producer: row.producer,
  occurredAt: new Date(row.occurred_at),
});

/**
 * Counts a failure of the consumer's handler on one event, in a transaction of its own (the
 * batch's rolled back). After the policy's last attempt the event is parked: the consumer goes
 * on without it, and an operator can have it tried again (retryParkedEvents).
 */
async function recordFailure(
  em: EntityManager,
  consumer: EventConsumer,
  failure: HandlerFailure,
  policy: RetryPolicy,
): Promise<DeliveryOutcome['failure']> {
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const [{ failures }] = await connection.execute<{ failures: number }[]>(
      `update events.consumer
          set failures = case when failed_position = ? then failures + 1 else 1 end,
              failed_position = ?, last_error = ?, updated_at = now()
        where name = ?
        returning failures`,
      [failure.row.position, failure.row.position, failure.message, consumer.name],
      'all',
      context,
    );
    const parked = failures >= policy.attempts;
    if (parked) {
      await connection.execute(
        `insert into events.parked_event (consumer, position, topic, key, attempts, error)
         values (?, ?, ?, ?, ?, ?)
         on conflict (consumer, position) do update
           set attempts = excluded.attempts, error = excluded.error, parked_at = now(),
               retry_requested_at = null`,
        [
          consumer.name,
          failure.row.position,
          failure.row.topic,
          failure.row.key,
          failures,
          failure.message,
        ],
        'run',
        context,
      );
      await connection.execute(
        `update events.consumer set failures = 0, failed_position = null, retry_at = null
          where name = ?`,
        [consumer.name],
        'run',
        context,
      );
    } else {
      const delayMs = Math.min(policy.firstDelayMs * 2 ** (failures - 1), policy.maxDelayMs);
      await connection.execute(
        `update events.consumer set retry_at = now() + ? * interval '1 millisecond' where name = ?`,
        [delayMs, consumer.name],
        'run',
        context,
      );
    }
    return { position: failure.row.position, error: failure.message, parked };
  });
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
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<DeliveryOutcome> {
  await ensureConsumer(em, consumer.name);
  try {
    return await handBatchOver(em, consumer);
  } catch (error) {
    if (!(error instanceof HandlerFailure)) throw error;
    const failure = await recordFailure(em, consumer, error, policy);
    // A parked event no longer holds the consumer: go on at once.
    return { handled: 0, busy: false, more: failure!.parked, failure };
  }
}

async function handBatchOver(em: EntityManager, consumer: EventConsumer): Promise<DeliveryOutcome> {
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
              failed_position::text, coalesce(retry_at <= now(), true) as retry_due,
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
    const topics = topicCondition(consumer.topics);
    const condition = {
      sql: `(${topics.sql}) and not exists (select from events.parked_event p
                                             where p.consumer = ? and p.position = e.position)`,
      params: [...topics.params, consumer.name],
    };
    let read = readBatch(batch, eventColumns, condition, batchSize);
    let rows = await connection.execute<EventRow[]>(read.sql, read.params, 'all', context);
    // Windows of transaction ids with no event of this consumer (a long quiet stretch, or a new
    // consumer starting at the beginning): read on to the first that has one.
    for (let next = read.next(rows); !rows.length && next; next = read.next(rows)) {
      batch.after = next;
      read = readBatch(batch, eventColumns, condition, batchSize);
      rows = await connection.execute<EventRow[]>(read.sql, read.params, 'all', context);
    }
    const handed: EventRow[] = [];
    for (const row of rows) {
      // The event that failed waits for its retry; what came before it goes on.
      if (row.position === position.failed_position && !position.retry_due) break;
      try {
        await consumer.handle(eventOf(row), tx);
        await tx.flush();
      } catch (error) {
        throw new HandlerFailure(row, error);
      }
      handed.push(row);
    }
    const waitingForRetry = handed.length < rows.length;
    if (handed.some((row) => row.position === position.failed_position)) {
      await connection.execute(
        `update events.consumer
            set failures = 0, failed_position = null, retry_at = null, last_error = null
          where name = ?`,
        [consumer.name],
        'run',
        context,
      );
    }
    const last = handed.at(-1);
    const after = waitingForRetry
      ? last
        ? { transactionId: last.batch_transaction_id, position: last.batch_position }
        : batch.after
      : read.next(rows);
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
    // A batch begun in an earlier call ends at that call's snapshot: what committed since waits
    // for the next batch, so say there is more.
    const more = !waitingForRetry && (after !== undefined || position.batch !== null);
    return { handled: handed.length, busy: false, more };
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
  options: { pollIntervalMs?: number; retentionDays?: number; retryPolicy?: RetryPolicy } = {},
): Promise<EventDelivery> {
  let running: Promise<number> | null = null;
  let queued: Promise<number> | null = null;
  let stopped = false;

  let retry: NodeJS.Timeout | null = null;

  const drainOnce = async () => {
    let handled = 0;
    let busy = false;
    for (const consumer of consumers) {
      handled += await withoutCountingStatements(() => retryParkedEvents(orm.em, consumer));
      for (;;) {
        const outcome = await withoutCountingStatements(() =>
          deliverBatch(orm.em, consumer, options.retryPolicy),
        );
        handled += outcome.handled;
        busy ||= outcome.busy;
        if (outcome.failure) {
          const { position, error, parked } = outcome.failure;
          log.error(
            { consumer: consumer.name, position, error, parked },
            parked ? 'event parked; retry it with retryParkedEvent' : 'event failed; will retry',
          );
        }
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
    drain().catch((error) => log.error({ error }, 'event delivery failed; will retry'));
  };

  const listener = await listenForEvents(databaseUrl, wake);
  const poll = setInterval(wake, options.pollIntervalMs ?? pollIntervalMs);
  poll.unref();
  const archive = setInterval(() => {
    archiveDeliveredEvents(orm.em, options.retentionDays ?? 0).catch((error) =>
      log.error({ error }, 'archiving delivered events failed; will retry'),
    );
  }, archiveIntervalMs);
  archive.unref();
  wake();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearInterval(archive);
      if (retry) clearTimeout(retry);
      await running?.catch(() => 0);
      await queued?.catch(() => 0);
      await listener.stop();
    },
  };
}
