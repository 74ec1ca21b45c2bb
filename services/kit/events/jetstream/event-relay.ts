import type { MikroORM } from '@mikro-orm/postgresql';
import { jetstream, type PubAck } from '@nats-io/jetstream';
import { sql } from '../../database/sql';
import { startEventDelivery, type RetryPolicy } from '../event-delivery';
import type { EventConsumer, HubEvent } from '../hub-event';
import { ensureEventSource } from './event-source';
import { ensureEventStream, eventSubject, type RelayedEvent } from './event-stream';
import type { NatsConnection } from './event-stream';

/** The relay's position in the log, kept like any consumer's (events.consumer). */
export const relayConsumerName = 'jetstream.relay';

/**
 * A relay never parks an event: the next database would never see it. It tries again, every few
 * seconds at most, for as long as NATS is away.
 */
const relayRetries: RetryPolicy = {
  attempts: Number.POSITIVE_INFINITY,
  firstDelayMs: 200,
  maxDelayMs: 5000,
};

const publishTimeoutMs = 10_000;

export interface EventRelay {
  /** Publishes every event committed so far; returns how many events it handed on or skipped. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export interface RelayOptions {
  nats: NatsConnection;
  databaseUrl: string;
  retentionDays: number;
  /** Called after JetStream acknowledged an event, before the relay's position moves past it. */
  published?: (event: RelayedEvent, ack: PubAck) => void;
}

/**
 * The relay of one database: a consumer of its event log like any other (snapshot batches in
 * commit order, see event-delivery.ts) whose handler publishes each event produced in this
 * database to JetStream and waits for the stream's acknowledgement. Its position moves in the
 * batch's transaction, after the acknowledgements: a relay that dies re-publishes the end of its
 * batch and skips nothing. The publish's id (`<database id>:<position>`) lets JetStream drop the
 * repeat within its duplicate window; the ingest on the other side drops it after that.
 *
 * Events copied in from another database (events.ingested_event) are not published again.
 */
export async function startEventRelay(orm: MikroORM, options: RelayOptions): Promise<EventRelay> {
  const source = await ensureEventSource(orm.em);
  await ensureEventStream(options.nats, options.retentionDays);
  const stream = jetstream(options.nats);
  const relay: EventConsumer = {
    name: relayConsumerName,
    topics: ['*'],
    async handle(event: HubEvent, tx) {
      const [{ ingested }] = await sql<{ ingested: boolean }>(
        tx,
        'select exists (select from events.ingested_event where position = ?) as ingested',
        [event.position],
      );
      if (ingested) return;
      const relayed: RelayedEvent = {
        source,
        position: event.position,
        topic: event.topic,
        key: event.key,
        producer: event.producer,
        payload: event.payload,
        occurredAt: event.occurredAt.toISOString(),
      };
      const ack = await stream.publish(eventSubject(event.topic), JSON.stringify(relayed), {
        msgID: `${source}:${event.position}`,
        timeout: publishTimeoutMs,
      });
      options.published?.(relayed, ack);
    },
  };
  const delivery = await startEventDelivery(orm, [relay], options.databaseUrl, {
    retentionDays: options.retentionDays,
    retryPolicy: relayRetries,
  });
  return { drain: delivery.drain, stop: delivery.stop };
}
