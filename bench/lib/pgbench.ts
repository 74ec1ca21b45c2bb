import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../services/kit';

const run = promisify(execFile);

/** pgbench from PATH, else from a PostgreSQL installation under /usr/lib/postgresql. */
export async function findPgbench(): Promise<string | null> {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v pgbench']);
    if (stdout.trim()) return stdout.trim();
  } catch {
    // not in PATH
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const version of readdirSync(root).sort().reverse()) {
    const candidate = `${root}/${version}/bin/pgbench`;
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * What the same PostgreSQL sustains alone: pgbench's TPC-B-like transaction (three updates, a
 * select and an insert) at scale 10, from `clients` connections for `seconds`, in a database
 * of its own that is dropped afterwards.
 */
export async function pgbench(serverUrl: string, clients: number, seconds: number) {
  const binary = await findPgbench();
  if (!binary) return null;
  const name = `onestop_pgbench_${Date.now()}`;
  await createDatabaseIfMissing(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  try {
    await run(binary, ['-i', '-q', '-s', '10', url], { maxBuffer: 1 << 24 });
    const { stdout } = await run(
      binary,
      ['-c', String(clients), '-j', '2', '-T', String(seconds), url],
      { maxBuffer: 1 << 24 },
    );
    const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? 0);
    const version = (await run(binary, ['--version'])).stdout.trim();
    return { binary, version, clients, seconds, tps: Math.round(tps) };
  } finally {
    await dropDatabase(serverUrl, name);
  }
}
