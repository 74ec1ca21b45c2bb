import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningNats {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now (the kernel's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connectTcp(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * A NATS server with JetStream of the test file's own (Debian's `nats-server`, which .ci/run
 * installs), on a free port of the loopback address, storing in a folder removed at its stop.
 */
export async function startNatsServer(): Promise<RunningNats> {
  if (spawnSync('nats-server', ['--version']).error) {
    throw new Error('nats-server is not installed: apt-get install nats-server (see README).');
  }
  const directory = mkdtempSync(join(tmpdir(), 'onestop-nats-'));
  const port = await freePort();
  const server = spawn(
    'nats-server',
    ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', directory],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let output = '';
  server.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(directory, { recursive: true, force: true });
  };
  for (let attempt = 0; !(await accepts(port)); attempt += 1) {
    if (server.exitCode !== null || attempt > 100) {
      await stop();
      throw new Error(`nats-server did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `nats://127.0.0.1:${port}`, stop };
}
