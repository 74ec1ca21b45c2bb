import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The checkout's root, found the same way from sources (tests) and from compiled `dist/`. */
export function projectRoot(from = __dirname): string {
  let directory = from;
  while (!existsSync(join(directory, 'package.json')) || directory.endsWith('dist')) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${from}`);
    directory = parent;
  }
  return directory;
}
