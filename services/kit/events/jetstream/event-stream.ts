import { connect } from '@nats-io/transport-node';
import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';

/** A connection to NATS (the client's type, as its connect() gives it). */
export type NatsConnection = Awaited<ReturnType<typeof connect>>;

/**
 * The JetStream stream that carries committed events between databases. It is a transport, not
 * the record: each database's event log (its transactional outbox) stays the source of truth, and
 * the stream only has to keep an event until every other database has copied it in.
 */
export const eventStreamName = 'ONESTOP_EVENTS';

const subjectPrefix = 'onestop.events';

/** `onestop.events.<topic>`: a consumer could follow part of the topics by subject. */
export const eventSubject = (topic: string) => `${subjectPrefix}.${topic}`;

/** An event as the relay publishes it: what the log holds, and where it was committed. */
export interface RelayedEvent {
  /** The id of the database whose log the event was committed in (events.source). */
  source: string;
  /** Its position in that log. */
  position: string;
  topic: string;
  key: string;
  producer: string;
  payload: unknown;
  occurredAt: string;
}

/** JetStream drops a second publish with the same id within this window (the relay's retries). */
const duplicateWindowNs = 2 * 60 * 1_000_000_000;
const dayNs = 24 * 60 * 60 * 1_000_000_000;

/**
 * Connects to NATS, waiting for a server that is still starting, and comes back by itself when
 * the server restarts or the network drops.
 */
export function connectToNats(url: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: url,
    name,
    waitOnFirstConnect: true,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
}

/**
 * Creates the stream when it does not exist yet (every relay and ingest asks; the first makes
 * it). It keeps events `retentionDays` (ONESTOP_EVENT_RETENTION_DAYS, 0: for ever): a database
 * whose ingest is down longer than that misses what was dropped meanwhile.
 */
export async function ensureEventStream(nats: NatsConnection, retentionDays: number) {
  const manager = await jetstreamManager(nats);
  try {
    await manager.streams.info(eventStreamName);
    return;
  } catch (error) {
    const missing =
      error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound;
    if (!missing) throw error;
  }
  try {
    await manager.streams.add({
      name: eventStreamName,
      subjects: [`${subjectPrefix}.>`],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      max_age: retentionDays > 0 ? retentionDays * dayNs : 0,
      duplicate_window: duplicateWindowNs,
    });
  } catch (error) {
    // Another relay or ingest made it in between: that one is as good.
    await manager.streams.info(eventStreamName).catch(() => {
      throw error;
    });
  }
}
