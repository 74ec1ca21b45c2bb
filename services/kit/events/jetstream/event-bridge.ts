import type { MikroORM } from '@mikro-orm/postgresql';
import { startEventIngest } from './event-ingest';
import { startEventRelay } from './event-relay';
import { connectToNats } from './event-stream';

export interface EventBridgeOptions {
  natsUrl: string;
  databaseUrl: string;
  retentionDays: number;
  /** Names the connection on the NATS server (e.g. the subgraph that runs the bridge). */
  name: string;
  /** Run the relay too (default); false leaves it to another process. */
  relay?: boolean;
}

export interface EventBridge {
  /** Copies in what the stream holds, then publishes what this database committed. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Joins a database to the others through NATS JetStream: its relay publishes the events
 * committed here, its ingest copies in those committed elsewhere. Every process that runs a
 * subgraph on the database may run one; they share the relay's position and the ingest's
 * durable consumer, and take turns.
 */
export async function startEventBridge(
  orm: MikroORM,
  options: EventBridgeOptions,
): Promise<EventBridge> {
  const nats = await connectToNats(options.natsUrl, `onestop ${options.name}`);
  try {
    const ingest = await startEventIngest(orm, { nats, retentionDays: options.retentionDays });
    const relay =
      options.relay === false
        ? null
        : await startEventRelay(orm, {
            nats,
            databaseUrl: options.databaseUrl,
            retentionDays: options.retentionDays,
          }).catch(async (error) => {
            await ingest.stop();
            throw error;
          });
    return {
      async drain() {
        return (await ingest.drain()) + ((await relay?.drain()) ?? 0);
      },
      async stop() {
        await relay?.stop();
        await ingest.stop();
        await nats.drain().catch(() => nats.close());
      },
    };
  } catch (error) {
    await nats.close();
    throw error;
  }
}
