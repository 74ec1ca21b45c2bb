import { randomBytes } from 'node:crypto';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../services/kit';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, on the run's PostgreSQL; dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run tests through jest.');
  const name = `onestop_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name);
  return { url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
