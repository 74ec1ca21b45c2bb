import { Client } from 'pg';
import { handedOver } from '../../services/kit';

/** Events the consumer has not handled yet. */
const behindSql = `
  select count(*)::int as behind
    from events.event e, events.consumer c
   where c.name = $1 and not ${handedOver}`;

/**
 * How fast a consumer works off a backlog: supervision (which follows every event: audit chain,
 * clocks, violations) is started only after the throughput run, so every event of that run waits
 * for it. From the moment it answers, the remaining backlog is timed until it reaches zero.
 */
export async function measureDrain(
  databaseUrl: string,
  consumer: string,
  start: () => Promise<void>,
  options: { timeoutSeconds: number },
) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const behind = async () => (await db.query(behindSql, [consumer])).rows[0]?.behind as number;
    const backlog = await behind();
    const spawned = Date.now();
    await start();
    const ready = Date.now();
    const atReady = await behind();
    const deadline = ready + options.timeoutSeconds * 1000;
    let left = atReady;
    while (left > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      left = await behind();
    }
    const finished = Date.now();
    // When the backlog is small it may be gone by the time the process answers: then the time
    // from spawning the process is all there is to divide by (startup included).
    const timedFromReady = atReady >= 100;
    const events = timedFromReady ? atReady - left : backlog - left;
    const seconds = (finished - (timedFromReady ? ready : spawned)) / 1000;
    return {
      consumer,
      backlog,
      timedEvents: events,
      seconds: Math.round(seconds * 100) / 100,
      eventsPerSecond: Math.round(events / seconds),
      timedFrom: timedFromReady ? 'ready' : 'spawn (startup included)',
      unfinished: left,
    };
  } finally {
    await db.end();
  }
}
