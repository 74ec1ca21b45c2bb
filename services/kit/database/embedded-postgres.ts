import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from '../errors/startup-error';
import { postgresBinaries, type PostgresBinaries } from './embedded/postgres-binaries';
import { assertPostgresMayReach, postgresUser, type PostgresUser } from './embedded/postgres-user';
import { anyFreePort, isPortFree } from './embedded/free-port';
import { claimDataFolder, stopLeftoverPostgres } from './embedded/leftover-postgres';

export interface RunningPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  directory: string;
  port: number;
  /**
   * True when the operator chose the port: if it is taken, starting fails naming it. Otherwise a
   * taken port is replaced by a free one.
   */
  portChosen?: boolean;
  /** False deletes the data when stopped (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
  /** Another installation's initdb and postgres (e.g. the system's, whose pg_dump matches). */
  binaries?: PostgresBinaries;
  /** Server settings beside the defaults, e.g. `{ max_connections: 300 }` for parallel test hubs. */
  settings?: Record<string, string | number>;
}

const password = 'onestop';
const user = 'postgres';
const readyTimeoutMs = 120_000;

function initialise(
  directory: string,
  initdb: string,
  runAs: PostgresUser | null,
  persistent: boolean,
) {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(directory, runAs.uid, runAs.gid);
  const passwordFile = join(tmpdir(), `onestop-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    const result = spawnSync(
      initdb,
      [
        `--pgdata=${directory}`,
        '--auth=scram-sha-256',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
        // A throw-away cluster need not survive a power cut.
        ...(persistent ? [] : ['--no-sync']),
      ],
      { ...runAs, encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(`initdb failed (${result.status}): ${result.stderr.trim()}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Lines of the server's log that say why it stopped. */
function failureLines(logFile: string): string {
  if (!existsSync(logFile)) return '';
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => /FATAL|PANIC|ERROR/.test(line))
    .join(' ');
}

/**
 * Waits for the server to say it accepts connections. PostgreSQL writes its state as the eighth
 * line of postmaster.pid; "ready" there means it accepts connections.
 */
async function waitUntilReady(
  server: ChildProcess,
  spawnError: () => Error | null,
  directory: string,
  logFile: string,
) {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    const error = spawnError();
    if (error) throw error;
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `PostgreSQL stopped while starting: ${failureLines(logFile) || 'see ' + logFile}`,
      );
    }
    const lockFile = join(directory, 'postmaster.pid');
    if (existsSync(lockFile)) {
      const lines = readFileSync(lockFile, 'utf8').split('\n');
      if (Number(lines[0]) === server.pid && lines[7]?.trim() === 'ready') return;
    }
    await sleep(50);
  }
  throw new Error(`PostgreSQL was not ready after ${readyTimeoutMs / 1000} s; see ${logFile}`);
}

async function choosePort(options: EmbeddedPostgresOptions, log: (line: string) => void) {
  if (await isPortFree(options.port)) return options.port;
  if (options.portChosen) {
    throw new StartupError(
      `Port ${options.port} (ONESTOP_PG_PORT) is taken by another program: ` +
        'choose a free port for the embedded PostgreSQL, or unset ONESTOP_PG_PORT to let the hub pick one.',
    );
  }
  const port = await anyFreePort();
  log(
    `Port ${options.port} is taken by another program; the embedded PostgreSQL uses port ${port}.`,
  );
  return port;
}

/**
 * A real PostgreSQL from the npm registry, for machines with none configured. Its data lives in
 * `directory` and survives restarts unless `persistent` is false.
 *
 * It runs in a process group of its own, so the Ctrl-C a terminal sends to the hub's group does
 * not stop it under running requests: the hub stops it last. A server left running by a hub
 * killed with SIGKILL is stopped first.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const persistent = options.persistent ?? true;
  const binaries = options.binaries ?? postgresBinaries();
  const runAs = postgresUser();
  if (runAs)
    assertPostgresMayReach(
      { programs: binaries.postgres, dataDirectory: options.directory },
      runAs,
    );

  const leftover = await stopLeftoverPostgres(options.directory);
  if (leftover !== null)
    log(`Stopped the PostgreSQL an earlier run left running (pid ${leftover}).`);
  if (!existsSync(join(options.directory, 'PG_VERSION'))) {
    initialise(options.directory, binaries.initdb, runAs, persistent);
  }
  const port = await choosePort(options, log);
  claimDataFolder(options.directory);

  const logFile = join(options.directory, 'postgres.log');
  const logFd = openSync(logFile, 'w');
  if (runAs) chownSync(logFile, runAs.uid, runAs.gid);
  const server = spawn(
    binaries.postgres,
    [
      '-D',
      options.directory,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: two hubs on one machine would contend for /tmp/.s.PGSQL.<port>.
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
      // A throw-away cluster need not survive a power cut; a crash of PostgreSQL alone loses
      // nothing either way, since the operating system still holds what was written.
      ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'full_page_writes=off']),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => [
        '-c',
        `${name}=${value}`,
      ]),
    ],
    { ...runAs, detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const exited = new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.once('error', () => resolve());
  });
  let spawnError: Error | null = null;
  server.once('error', (error) => (spawnError = error));
  try {
    await waitUntilReady(server, () => spawnError, options.directory, logFile);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      stopping ??= (async () => {
        // Fast shutdown: by now the hub has closed its pools, so nobody is cut off.
        if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
        await exited;
        if (!persistent) rmSync(options.directory, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}
