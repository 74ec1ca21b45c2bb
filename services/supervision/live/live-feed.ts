import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Repeater } from '@repeaterjs/repeater';
import {
  batchStart,
  log,
  listenForEvents,
  type EventListener,
  readBatch,
  topicCondition,
  type HubEvent,
  type SnapshotBatch,
  type SubgraphWorker,
} from '../../kit';

const pollIntervalMs = 1000;
const batchSize = 500;

type Listener = (event: HubEvent) => void;

/**
 * Every replica's own tail of the event log, for live subscriptions. Unlike the consumer (which
 * applies each event once, in one replica), each replica reads every event after it started, so
 * a subscriber sees the events wherever its connection landed. It reads batches between two
 * snapshots, as the consumers do (kit/events/snapshot-batch.ts), so it steps over no commit.
 */
export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  /** Ends every open subscription when the replica stops. */
  private readonly stopListeners = new Set<() => void>();
  /** Every event visible in this snapshot has been read (or came before the feed started). */
  private delivered = '';
  /** The batch being read, when one is under way. */
  private batch: SnapshotBatch | null = null;
  private reading: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private listener?: EventListener;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly em: EntityManager,
    private readonly databaseUrl: string,
    private readonly topics: string[],
  ) {}

  async start(): Promise<void> {
    // Live means from now on: start after every transaction already committed.
    this.delivered = await this.currentSnapshot();
    this.listener = await listenForEvents(this.databaseUrl, () => this.wake());
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

  private async currentSnapshot(): Promise<string> {
    const [row] = await this.em
      .getConnection()
      .execute<{ now: string }[]>('select pg_current_snapshot()::text as now');
    return row.now;
  }

  private async read(): Promise<void> {
    const filter = topicCondition(this.topics);
    for (;;) {
      this.batch ??= { from: this.delivered, to: await this.currentSnapshot(), after: batchStart };
      const read = readBatch(
        this.batch,
        'e.position::text, e.topic, e.key, e.payload, e.producer, e.occurred_at',
        filter,
        batchSize,
      );
      const rows = await this.em.getConnection().execute<
        (Omit<HubEvent, 'occurredAt'> & {
          occurred_at: Date;
          batch_transaction_id: string;
          batch_position: string;
        })[]
      >(read.sql, read.params);
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
      }
      const after = read.next(rows);
      if (after) {
        this.batch.after = after;
      } else {
        this.delivered = this.batch.to;
        this.batch = null;
        return;
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const stop of this.stopListeners) stop();
    await this.reading;
    await this.listener?.stop();
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
