import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  createDatabaseIfMissing,
  dropDatabase,
  startEmbeddedPostgres,
  withDatabase,
} from '../../services/kit';

export interface BenchDatabase {
  url: string;
  serverUrl: string;
  stop(): Promise<void>;
}

/** A fresh database for one run: on `DATABASE_URL`'s server when set, else an embedded one. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const name = `onestop_bench_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL;
    await createDatabaseIfMissing(serverUrl, name);
    return {
      url: withDatabase(serverUrl, name),
      serverUrl,
      stop: () => dropDatabase(serverUrl, name),
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'onestop-bench-pg-'));
  const postgres = await startEmbeddedPostgres({ directory, port: 56_432, persistent: false });
  await createDatabaseIfMissing(postgres.url, name);
  return {
    url: withDatabase(postgres.url, name),
    serverUrl: postgres.url,
    async stop() {
      await postgres.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}
