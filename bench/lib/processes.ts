import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../services/kit';

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Peak resident memory so far, in MiB (the kernel's high-water mark). */
  peakMemoryMiB(): number;
  stop(): Promise<void>;
}

const root = projectRoot();

/** Where profiled processes write their CPU profiles. */
export const profileDirectory = join(tmpdir(), 'onestop-bench-profiles');

function peakResidentMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    return Math.round((kib / 1024) * 10) / 10;
  } catch {
    return 0;
  }
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited:\n${output()}`);
    try {
      // Any answer but a server error means it listens and has what it needs to serve.
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not ready in 60 s:\n${output()}`);
}

/** Runs one compiled entry point of the project as its own process, as a deployment would. */
export async function startProcess(options: {
  name: string;
  entry: string;
  port: number;
  env: Record<string, string>;
  readyPath: string;
  /** Write a CPU profile (`node --cpu-prof`) to `profileDirectory` when it exits. */
  profile?: boolean;
}): Promise<ServiceProcess> {
  let output = '';
  const profiling = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDirectory}`] : [];
  const child = spawn(process.execPath, [...profiling, join(root, 'dist', options.entry)], {
    cwd: root,
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${options.port}`;
  await waitUntilReady(`${base}${options.readyPath}`, child, () => output);
  return {
    name: options.name,
    url: `${base}/graphql`,
    child,
    peakMemoryMiB: () => peakResidentMiB(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
