import { Client } from 'pg';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs `work` on a connection to the server's `postgres` database, closed afterwards. */
export async function withAdminClient<T>(
  url: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabaseIfMissing(url: string, database: string): Promise<void> {
  await withAdminClient(url, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`create database ${quoted(database)}`);
  });
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  await withAdminClient(url, (client) =>
    client.query(`drop database if exists ${quoted(database)} with (force)`),
  );
}
