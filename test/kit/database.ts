import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import {
  createDatabaseIfMissing,
  dropDatabase,
  withAdminClient,
  withDatabase,
} from '../../services/kit';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run tests through jest.');
  return url;
}

const freshName = () => `onestop_test_${randomBytes(6).toString('hex')}`;

function testDatabase(name: string): TestDatabase {
  return { url: withDatabase(serverUrl(), name), drop: () => dropDatabase(serverUrl(), name) };
}

/** A fresh database for one test file, on the run's PostgreSQL; dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = freshName();
  await createDatabaseIfMissing(serverUrl(), name);
  return testDatabase(name);
}

/** Templates of this run are named after it, so the global teardown finds them on a shared server. */
export const templatePrefix = () => `onestop_template_${process.env.ONESTOP_TEST_RUN ?? 'run'}_`;

/** A pool that has just ended may still have backends on their way out; the copy waits for them. */
async function copyDatabase(client: Client, template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await client.query(`create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      const beingAccessed = (error as { code?: string }).code === '55006';
      if (!beingAccessed || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A database prepared once per test run and copied for every file that asks for it by `key`.
 * Copying a template copies its files (a fraction of a second), where preparing it again costs a
 * hub's start, migrations, seed and every event that follows. The first file to ask prepares it
 * while holding an advisory lock, so files in other workers wait for it instead of preparing
 * their own; `prepare` must leave no connection open to the database it is given.
 */
export async function preparedTestDatabase(
  key: string,
  prepare: (url: string) => Promise<void>,
): Promise<TestDatabase> {
  const template = `${templatePrefix()}${key}`;
  const name = freshName();
  await withAdminClient(serverUrl(), async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await client.query(
        'select 1 from pg_database where datname = $1 and datistemplate',
        [template],
      );
      if (!rowCount) {
        // A template whose preparation failed half-way is never used: it is prepared again.
        await client.query(`drop database if exists "${template}" with (force)`);
        await client.query(`create database "${template}"`);
        await prepare(withDatabase(serverUrl(), template));
        await client.query(`alter database "${template}" is_template true`);
      }
      await copyDatabase(client, template, name);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return testDatabase(name);
}

/** Drops this run's templates (the global teardown; an embedded server goes with its folder). */
export async function dropTemplates(): Promise<void> {
  await withAdminClient(serverUrl(), async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [templatePrefix()],
    );
    for (const { datname } of rows) {
      await client.query(`alter database "${datname}" is_template false`);
      await client.query(`drop database "${datname}" with (force)`);
    }
  });
}
