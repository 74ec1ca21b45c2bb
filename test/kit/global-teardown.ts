import { Client } from 'pg';
import { dropDatabase, withDatabase } from '../../services/kit';
import { sharedDatabasePrefix, stopWorkerHub } from './worker-hub';

export default async function globalTeardown(): Promise<void> {
  // Files run in band share a hub in this process; workers' hubs ended with their workers.
  await stopWorkerHub();
  await dropSharedDatabases();
  await (globalThis as { embeddedPostgres?: { stop(): Promise<void> } }).embeddedPostgres?.stop();
}

/** The shared hubs' databases of this run (on an embedded PostgreSQL they would go with it). */
async function dropSharedDatabases(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  const { rows } = await client
    .query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [
      sharedDatabasePrefix(),
    ])
    .finally(() => client.end());
  for (const { datname } of rows) await dropDatabase(serverUrl, datname);
}
