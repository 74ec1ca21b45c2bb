import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type Consumer,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import { log } from '../../logging/log';
import { sql } from '../../database/sql';
import { eventChannel } from '../event-log';
import { ensureEventSource } from './event-source';
import {
  ensureEventStream,
  eventStreamName,
  eventSubject,
  type RelayedEvent,
} from './event-stream';
import type { NatsConnection } from './event-stream';

/** How long JetStream waits for an acknowledgement before it hands a message over again. */
const ackWaitNs = 30 * 1_000_000_000;
/** A message whose copy failed (the database away) comes back after this pause. */
const retryMs = 1000;
const restartMs = 1000;
const caughtUpPollMs = 20;
const caughtUpTimeoutMs = 60_000;

export interface EventIngest {
  /** Waits until every event in the stream is copied in; returns how many were copied since the last call. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Copies one relayed event into the log, once: the claim on (source, position) and the event
 * commit together, so a message handed over twice (a redelivery, a relay's re-publish after the
 * stream's duplicate window) adds nothing the second time. The commit wakes the local consumers
 * as any publish does. Says whether the event was new here.
 */
async function copyIn(orm: MikroORM, event: RelayedEvent, sequence: number): Promise<boolean> {
  return orm.em.fork().transactional(async (tx) => {
    const rows = await sql<{ position: string }>(
      tx,
      `with claim as (
         insert into events.ingested_event (source, source_position, position, stream_sequence)
         values (?, ?, nextval(pg_get_serial_sequence('events.event', 'position')), ?)
         on conflict (source, source_position) do nothing
         returning position)
       insert into events.event (position, topic, key, payload, producer, occurred_at)
       overriding system value
       select position, ?, ?, ?::jsonb, ?, ?::timestamptz from claim
       returning position::text`,
      [
        event.source,
        event.position,
        sequence,
        event.topic,
        event.key,
        JSON.stringify(event.payload),
        event.producer,
        event.occurredAt,
      ],
    );
    if (rows.length) await sql(tx, `select pg_notify('${eventChannel}', '')`);
    return rows.length > 0;
  });
}

/** The event a relay published, or null for anything else sent to the stream's subjects. */
function relayedEvent(message: JsMsg): RelayedEvent | null {
  let event: Partial<RelayedEvent>;
  try {
    event = message.json<Partial<RelayedEvent>>();
  } catch {
    return null;
  }
  const texts = [event.source, event.position, event.topic, event.key, event.producer];
  const complete =
    texts.every((text) => typeof text === 'string' && text !== '') &&
    /^[0-9]+$/.test(event.position!) &&
    typeof event.occurredAt === 'string' &&
    !Number.isNaN(Date.parse(event.occurredAt)) &&
    event.payload !== undefined;
  return complete ? (event as RelayedEvent) : null;
}

/**
 * The ingest of one database: a durable JetStream consumer (`ingest-<database id>`) that copies
 * the events of every other database into this database's log, where its subgraphs' consumers
 * get them as they get local ones. Events of this database itself are acknowledged and left out.
 *
 * The consumer allows one unacknowledged message at a time, and the ingest acknowledges a
 * message only after its copy committed: events enter the log in the stream's order, which is
 * each source database's commit order (the relay publishes in that order), and a crash between
 * the commit and the acknowledgement only brings the message back to be found already copied.
 * Replicas may share the consumer; they then take turns.
 */
export async function startEventIngest(
  orm: MikroORM,
  options: { nats: NatsConnection; retentionDays: number },
): Promise<EventIngest> {
  const source = await ensureEventSource(orm.em);
  await ensureEventStream(options.nats, options.retentionDays);
  const durable = `ingest-${source}`;
  const manager = await jetstreamManager(options.nats);
  try {
    await manager.consumers.info(eventStreamName, durable);
  } catch (error) {
    const missing =
      error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound;
    if (!missing) throw error;
    await manager.consumers.add(eventStreamName, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: eventSubject('>'),
      max_ack_pending: 1,
      ack_wait: ackWaitNs,
    });
  }
  const consumer: Consumer = await jetstream(options.nats).consumers.get(eventStreamName, durable);

  let stopped = false;
  let messages: ConsumerMessages | null = null;
  let copied = 0;

  const handle = async (message: JsMsg) => {
    const event = relayedEvent(message);
    if (!event) {
      // Not a relay's event: trying again would only hold up every event behind it.
      log.error({ sequence: message.seq, subject: message.subject }, 'not an event; dropped');
      message.term();
      return;
    }
    if (event.source !== source && (await copyIn(orm, event, message.seq))) copied += 1;
    await message.ackAck();
  };

  const run = async () => {
    while (!stopped) {
      try {
        messages = await consumer.consume({ max_messages: 1 });
        for await (const message of messages) {
          try {
            await handle(message);
          } catch (error) {
            log.error({ error, sequence: message.seq }, 'copying an event in failed; will retry');
            message.nak(retryMs);
          }
        }
      } catch (error) {
        if (!stopped) log.error({ error }, 'reading the event stream failed; will retry');
      }
      if (!stopped) await sleep(restartMs);
    }
  };
  const running = run();

  return {
    async drain() {
      const deadline = Date.now() + caughtUpTimeoutMs;
      for (;;) {
        const info = await consumer.info();
        if (info.num_pending === 0 && info.num_ack_pending === 0) break;
        if (Date.now() > deadline) throw new Error(`The ingest ${durable} did not catch up.`);
        await sleep(caughtUpPollMs);
      }
      const count = copied;
      copied = 0;
      return count;
    },
    async stop() {
      stopped = true;
      await messages?.close();
      await running;
    },
  };
}
