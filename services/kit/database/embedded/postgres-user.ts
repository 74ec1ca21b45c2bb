import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StartupError } from '../../errors/startup-error';

export interface PostgresUser {
  uid: number;
  gid: number;
}

const id = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'postgres']).toString());

/**
 * PostgreSQL refuses to run as root, so as root it runs as the system user `postgres` (created
 * when missing); otherwise as whoever runs the hub (null).
 */
export function postgresUser(): PostgresUser | null {
  if (process.getuid?.() !== 0) return null;
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function mayEnter(folder: string, user: PostgresUser): boolean {
  const { mode, uid, gid } = statSync(folder);
  if (uid === user.uid) return (mode & 0o100) !== 0;
  if (gid === user.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** The outermost folder on the way to `path` that `user` may not enter, if any. */
export function firstClosedFolder(path: string, user: PostgresUser): string | null {
  const folders: string[] = [];
  for (let folder = dirname(resolve(path)); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === dirname(folder)) break;
  }
  return folders.find((folder) => !mayEnter(folder, user)) ?? null;
}

/**
 * Run as root, the `postgres` user must reach both the programs (under node_modules) and the data
 * folder. A clone under a home closed to others (0700) is the usual case: say so in one line
 * instead of the bare `spawn initdb EACCES` the operating system gives.
 */
export function assertPostgresMayReach(
  paths: { programs: string; dataDirectory: string },
  user: PostgresUser,
): void {
  for (const [what, path] of Object.entries(paths)) {
    const closed = firstClosedFolder(path, user);
    if (!closed) continue;
    const remedy =
      what === 'programs'
        ? 'clone OneStop where that user can enter'
        : 'set ONESTOP_DATA_DIR to a folder that user can enter';
    throw new StartupError(
      `As root, the embedded PostgreSQL runs as user "postgres", which cannot enter ${closed} ` +
        `(needed for its ${what === 'programs' ? 'programs' : 'data folder'} ${path}): ` +
        `run "chmod o+x ${closed}", ${remedy}, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}
