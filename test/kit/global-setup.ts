import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../services/kit';

/**
 * Tests use the PostgreSQL in `DATABASE_URL` when set; otherwise one embedded server for the
 * whole run. Each test file then makes (and drops) a database of its own on it.
 */
export default async function globalSetup(): Promise<void> {
  // Refusals tests provoke on purpose are logged at info; keep the run's output to what failed.
  process.env.ONESTOP_LOG_LEVEL ??= 'warn';
  if (process.env.DATABASE_URL) return;
  const port = 55_000 + (process.pid % 5000);
  const postgres = await startEmbeddedPostgres({
    directory: mkdtempSync(join(tmpdir(), 'onestop-test-pg-')),
    port,
    persistent: false,
  });
  process.env.DATABASE_URL = postgres.url;
  (globalThis as { embeddedPostgres?: { stop(): Promise<void> } }).embeddedPostgres = postgres;
}
