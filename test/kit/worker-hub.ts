import { useClock } from '../../services/kit';
import { startHub, type Hub } from '../../scripts/hub';
import { createTestDatabase, type TestDatabase } from './database';
import { TestClock } from './test-clock';

/**
 * One hub per jest worker, shared by the test files the worker runs one after another.
 *
 * Jest gives every test file a module registry of its own, so a hub started by one file's modules
 * cannot be found by the next. This module is loaded outside those registries instead: by the e2e
 * project's test environment (test/kit/hub-environment.ts), once per worker process, and by the
 * global teardown. The hub it starts runs on this module's own copy of the services, so a test's
 * `useClock` never reaches it: tests move its time through `clock`.
 */
export interface WorkerHub {
  hub: Hub;
  database: TestDatabase;
  clock: TestClock;
  /** Work done once per hub (catalog entries every file may read), by name. */
  fixtures: Map<string, Promise<unknown>>;
}

/** The global through which a test file reaches its worker's hub (test/kit/shared-hub.ts). */
export const workerHubGlobal = '__onestopWorkerHub';

export type WorkerHubAccess = () => Promise<WorkerHub>;

let started: Promise<WorkerHub> | null = null;

/** The worker's hub, started on first use: every subgraph, seeded, on a database of its own. */
export function workerHub(): Promise<WorkerHub> {
  started ??= startWorkerHub();
  // A hub that failed to start is not kept: the next file tries again.
  started.catch(() => {
    started = null;
  });
  return started;
}

async function startWorkerHub(): Promise<WorkerHub> {
  const worker = process.env.JEST_WORKER_ID ?? '1';
  const database = await createTestDatabase(`${sharedDatabasePrefix()}${worker}`);
  const clock = new TestClock();
  useClock(clock);
  try {
    const hub = await startHub({
      databaseUrl: database.url,
      gatewayPort: 0,
      subgraphPort: 0,
    });
    exitWhenJestEndsTheWorker();
    return { hub, database, clock, fixtures: new Map() };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** Names of the shared hubs' databases in this run (the global teardown drops them). */
export function sharedDatabasePrefix(): string {
  return `onestop_test_shared_${process.env.ONESTOP_TEST_RUN ?? process.pid}_w`;
}

/** Stops the hub started in this process, if any (jest running the files in band). */
export async function stopWorkerHub(): Promise<void> {
  const running = await started?.catch(() => null);
  started = null;
  if (!running) return;
  await running.hub.stop();
  await running.database.drop();
}

/**
 * A jest worker is told to end when no file is left; it then waits for its handles to close, and
 * jest force-kills it (with a warning) after half a second. The shared hub holds servers and
 * connections open, and `process.exit` runs the exit hooks of what the hub loaded (longer than
 * jest waits, on a loaded machine), so the worker kills itself at once; the global teardown drops
 * its database.
 */
function exitWhenJestEndsTheWorker(): void {
  if (!process.send || !process.env.JEST_WORKER_ID) return;
  const endMessage = 2; // jest-worker's CHILD_MESSAGE_END
  process.on('message', (message) => {
    if (Array.isArray(message) && message[0] === endMessage) process.kill(process.pid, 'SIGKILL');
  });
}
