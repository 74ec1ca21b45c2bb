import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from '../../errors/startup-error';

/** Names the Node process that started the server on this data folder. */
const ownerFile = (directory: string) => join(directory, 'onestop-owner.pid');

function isAlive(pid: number): boolean {
  try {
    // An exited process nobody reaped yet (a zombie) still answers signal 0.
    if (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')) return false;
  } catch {
    // No /proc entry: gone, or not Linux; signal 0 tells.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server PostgreSQL's lock file names, if that process still runs PostgreSQL. */
/** The pid in `file`'s first line if that process still runs a program named `program`. */
function runningProcess(file: string, program: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  try {
    // A reused pid belongs to some other program: the file is stale.
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(program)) return null;
  } catch {
    // No /proc (macOS): trust the file.
  }
  return pid;
}

/** Marks this process as the one whose database runs on `directory`. */
export function claimDataFolder(directory: string): void {
  writeFileSync(ownerFile(directory), `${process.pid}\n`);
}

/**
 * A hub killed with SIGKILL cannot stop its database, which then keeps running on the data
 * folder. Stops it (fast shutdown: it has no client left) so this start owns the folder again,
 * unless the hub that started it still runs. Returns the pid it stopped.
 */
export async function stopLeftoverPostgres(
  directory: string,
  timeoutMs = 30_000,
): Promise<number | null> {
  const pid = runningProcess(join(directory, 'postmaster.pid'), 'postgres');
  if (pid === null) return null;
  const owner = runningProcess(ownerFile(directory), 'node');
  if (owner !== null) {
    throw new StartupError(
      `Another OneStop hub (pid ${owner}) runs its database on ${directory}: ` +
        'stop it first, or give this one another ONESTOP_DATA_DIR.',
    );
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  let forced = false;
  while (isAlive(pid)) {
    if (!forced && Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      forced = true;
    }
    await sleep(100);
  }
  return pid;
}
