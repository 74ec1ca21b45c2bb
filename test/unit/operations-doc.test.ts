import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../services/kit';

/** Every setting the code reads is in docs/operations.md, so an operator finds it there. */
const root = projectRoot();

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

it('lists every environment variable the hub reads', () => {
  const read = new Set<string>();
  for (const directory of ['services', 'gateway', 'scripts']) {
    for (const file of sources(join(root, directory))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/env(?:\.|\[['"])([A-Z][A-Z0-9_]{2,})/g))
        read.add(match[1]);
    }
  }
  const documented = readFileSync(join(root, 'docs', 'operations.md'), 'utf8');
  expect(read.size).toBeGreaterThan(10);
  expect([...read].filter((name) => !documented.includes(`\`${name}\``)).sort()).toEqual([]);
});
