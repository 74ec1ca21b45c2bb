import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Repeater } from 'graphql-yoga';
import { Client } from 'pg';
import {
  commitHorizon,
  eventChannel,
  log,
  topicCondition,
  type HubEvent,
  type SubgraphWorker,
} from '../../kit';

const pollIntervalMs = 1000;
const batchSize = 500;

type Listener = (event: HubEvent) => void;

/**
 * Every replica's own tail of the event log, for live subscriptions. Unlike the consumer (which
 * applies each event once, in one replica), each replica reads every event after it started, so
 * a subscriber sees the events wherever its connection landed. It reads in commit order and never
 * past a transaction still running, as the consumers do.
 */
export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  /** Ends every open subscription when the replica stops. */
  private readonly stopListeners = new Set<() => void>();
  private cursor = { transactionId: '0', position: '0' };
  private reading: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly listener: Client;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly em: EntityManager,
    databaseUrl: string,
    private readonly topics: string[],
  ) {
    this.listener = new Client({ connectionString: databaseUrl });
  }

  async start(): Promise<void> {
    this.listener.on('error', () => {});
    this.listener.on('notification', () => this.wake());
    await this.listener.connect();
    await this.listener.query(`listen ${eventChannel}`);
    // Live means from now on: start after every transaction already finished.
    const [start] = await this.em
      .getConnection()
      .execute<{ horizon: string }[]>(`select (${commitHorizon})::text as horizon`);
    this.cursor = { transactionId: start.horizon, position: '0' };
    this.timer = setInterval(() => this.wake(), pollIntervalMs);
    this.timer.unref();
  }

  /** Events of the feed's topics that pass `accept`, as they commit, until the client leaves. */
  subscribe<T>(accept: (event: HubEvent) => T | null): Repeater<T> {
    return new Repeater<T>(async (push, stop) => {
      const listener: Listener = (event) => {
        const value = accept(event);
        if (value !== null) void push(value);
      };
      this.listeners.add(listener);
      this.stopListeners.add(stop);
      await stop;
      this.listeners.delete(listener);
      this.stopListeners.delete(stop);
    });
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.read()
      .catch((error) => log.error({ error }, 'live feed read failed; will retry'))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async read(): Promise<void> {
    const filter = topicCondition(this.topics);
    for (;;) {
      const rows = await this.em
        .getConnection()
        .execute<(Omit<HubEvent, 'occurredAt'> & { transaction_id: string; occurred_at: Date })[]>(
          `select position::text as position, transaction_id::text as transaction_id, topic, key,
                payload, producer, occurred_at
           from events.event
          where (transaction_id, position) > (?::xid8, ?::bigint)
            and transaction_id < ${commitHorizon}
            and (${filter.sql})
          order by transaction_id, position
          limit ${batchSize}`,
          [this.cursor.transactionId, this.cursor.position, ...filter.params],
        );
      for (const row of rows) {
        const event: HubEvent = {
          position: row.position,
          topic: row.topic,
          key: row.key,
          payload: row.payload,
          producer: row.producer,
          occurredAt: new Date(row.occurred_at),
        };
        for (const listener of this.listeners) listener(event);
        this.cursor = { transactionId: row.transaction_id, position: row.position };
      }
      if (rows.length < batchSize) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const stop of this.stopListeners) stop();
    await this.reading;
    await this.listener.end().catch(() => {});
  }
}

const feeds = new WeakMap<object, LiveFeed>();

/** The feed of the replica serving this request. */
export function liveFeedOf(em: EntityManager): LiveFeed {
  const feed = feeds.get(em.config);
  if (!feed) throw new Error('The live feed is not running in this replica.');
  return feed;
}

export const liveTopics = ['approvals.case.*', 'supervision.warning.raised'];

export const liveFeedWorker: SubgraphWorker = async (orm: MikroORM, { databaseUrl }) => {
  const feed = new LiveFeed(orm.em.fork(), databaseUrl, liveTopics);
  await feed.start();
  feeds.set(orm.config, feed);
  return { stop: () => feed.stop() };
};
