import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../services/kit';

/** `npm start` (its built script) as a newcomer runs it: no DATABASE_URL, embedded PostgreSQL. */
export interface StartProcess {
  process: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | string | null>;
}

export interface StartedHub extends StartProcess {
  gatewayUrl: string;
  tokens: Record<string, string>;
}

/** Hubs started and not yet exited: a failed expectation skips the stop that follows it. */
const running = new Set<ChildProcess>();

/** Stops every hub this file started and left running (SIGINT, then SIGKILL after 10 s). */
export async function stopLeftHubProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGINT');
        }),
    ),
  );
}

/** A port of this test run's own for the embedded PostgreSQL (several runs may share a machine). */
export const ownPostgresPort = (offset = 0) => 50_000 + ((process.pid + offset) % 5000);

export function spawnStart(dataDirectory: string, env: Record<string, string> = {}): StartProcess {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/scripts/start.js'], {
    cwd: projectRoot(),
    env: {
      ...inherited,
      ONESTOP_DATA_DIR: dataDirectory,
      ONESTOP_PG_PORT: String(ownPostgresPort()),
      ONESTOP_SUBGRAPH_PORTS: 'auto',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { process: child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Starts the hub and waits until it prints its demo tokens. */
export function startHubProcess(
  dataDirectory: string,
  env: Record<string, string> = {},
): Promise<StartedHub> {
  const started = spawnStart(dataDirectory, env);
  return new Promise((resolve, reject) => {
    const output = () => started.stdout() + started.stderr();
    const timer = setTimeout(() => {
      started.process.kill('SIGKILL');
      reject(new Error(`not ready in 90 s:\n${output()}`));
    }, 90_000);
    started.process.stdout!.on('data', () => {
      const stdout = started.stdout();
      if (!stdout.includes('Try:')) return;
      clearTimeout(timer);
      const gatewayUrl = /GraphQL endpoint.*: (\S+)/.exec(stdout)![1];
      const tokens = Object.fromEntries(
        [...stdout.matchAll(/^ {2}(\w+) +(eyJ\S+)$/gm)].map((m) => [m[1], m[2]]),
      );
      resolve({ ...started, gatewayUrl, tokens });
    });
    void started.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output()}`));
    });
  });
}

/** Sends `signal` and resolves with the exit code. */
export function stopHubProcess(
  started: StartedHub,
  signal: NodeJS.Signals = 'SIGINT',
): Promise<number | null> {
  return new Promise((resolve) => {
    started.process.once('exit', (code) => resolve(code));
    started.process.kill(signal);
  });
}
