import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Not through the kit's index: that loads MikroORM into the process's own realm, and a run in band
// (one worker) would then hand every test file the same entity metadata, made by the first.
import { startEmbeddedPostgres } from '../../services/kit/database/embedded-postgres';

/**
 * Tests use the PostgreSQL in `DATABASE_URL` when set; otherwise one embedded server for the
 * whole run. Each test file then makes (and drops) a database of its own on it.
 */
export default async function globalSetup(): Promise<void> {
  // Refusals tests provoke on purpose are logged at info; keep the run's output to what failed.
  process.env.ONESTOP_LOG_LEVEL ??= 'warn';
  // Names the databases this run prepares once and copies (test/kit/database.ts).
  process.env.ONESTOP_TEST_RUN = randomBytes(4).toString('hex');
  if (process.env.DATABASE_URL) return;
  const port = 55_000 + (process.pid % 5000);
  const postgres = await startEmbeddedPostgres({
    directory: mkdtempSync(join(tmpdir(), 'onestop-test-pg-')),
    port,
    persistent: false,
    // Two workers' hubs (under 50 connections each) beside the tests' own clients.
    settings: { max_connections: 300 },
  });
  process.env.DATABASE_URL = postgres.url;
  (globalThis as { embeddedPostgres?: { stop(): Promise<void> } }).embeddedPostgres = postgres;
}
