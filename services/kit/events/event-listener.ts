import { Client } from 'pg';
import { eventChannel } from './event-log';

/** Names the listening connection in pg_stat_activity (operators and tests find it there). */
export const eventListenerName = 'onestop-event-listener';

const firstReconnectMs = 100;
const maxReconnectMs = 5000;

export interface EventListener {
  stop(): Promise<void>;
}

/**
 * Calls `wake` at every commit that published an event (NOTIFY), on a connection of its own
 * that comes back by itself: when it drops (a restart of PostgreSQL, a terminated backend, a
 * network cut) it reconnects with a growing pause, listens again and wakes once, since commits
 * made while it was away sent their NOTIFY to nobody.
 */
export async function listenForEvents(
  databaseUrl: string,
  wake: () => void,
): Promise<EventListener> {
  let client: Client | null = null;
  let stopped = false;
  let pause = firstReconnectMs;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: databaseUrl, application_name: eventListenerName });
    let lost = false;
    const reconnect = () => {
      if (lost) return;
      lost = true;
      if (client === next) client = null;
      next.end().catch(() => {});
      if (stopped) return;
      timer = setTimeout(() => {
        timer = null;
        connect().catch(() => {});
      }, pause);
      timer.unref();
      pause = Math.min(pause * 2, maxReconnectMs);
    };
    next.on('error', reconnect);
    next.on('end', reconnect);
    next.on('notification', wake);
    try {
      await next.connect();
      await next.query(`listen ${eventChannel}`);
    } catch (error) {
      reconnect();
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    pause = firstReconnectMs;
    wake();
  };

  await connect().catch((error) => {
    stopped = true;
    if (timer) clearTimeout(timer);
    throw error;
  });
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
