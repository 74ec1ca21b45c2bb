import { Client } from 'pg';
import type { GraphQLClient } from '../../scripts/flow/graphql-client';
import { runCase } from '../../scripts/flow/run-case';

export const throughputBundle = 'START-CONSTRUCTION';

/**
 * Complete joint approvals per second: `concurrency` applicants each run cases end to end, one
 * after another, starting new ones for `seconds`; cases started by then are finished and counted.
 */
export async function measureThroughput(
  client: GraphQLClient,
  databaseUrl: string,
  options: { concurrency: number; seconds: number },
) {
  const events = async () => {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const [row] = (await db.query('select count(*)::int as count from events.event')).rows;
      return row.count as number;
    } finally {
      await db.end();
    }
  };
  const eventsBefore = await events();
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  const latencies: number[] = [];
  const caseIds: string[] = [];
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (Date.now() < deadline) {
        const caseStarted = Date.now();
        caseIds.push(await runCase(client, throughputBundle));
        latencies.push(Date.now() - caseStarted);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const eventsPublished = (await events()) - eventsBefore;
  latencies.sort((a, b) => a - b);
  const figures = {
    bundle: throughputBundle,
    concurrency: options.concurrency,
    seconds: Math.round(seconds * 10) / 10,
    completedCases: caseIds.length,
    casesPerSecond: Math.round((caseIds.length / seconds) * 100) / 100,
    caseP50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0,
    eventsPerCase: Math.round((eventsPublished / Math.max(1, caseIds.length)) * 10) / 10,
  };
  return { figures, caseIds };
}
