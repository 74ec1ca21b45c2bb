import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../services/kit';

/** Each subgraph's compiled entry point, as docker-compose.yml deploys it (`dist/...js`). */
export function subgraphEntryPoints(names: string[]): Record<string, string> {
  const compose = parse(readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8'), {
    merge: true,
  });
  return Object.fromEntries(
    names.map((name) => {
      const command: string[] | undefined = compose.services[name]?.command;
      if (!command) throw new Error(`docker-compose.yml has no service for subgraph ${name}`);
      return [name, command.at(-1)!.replace(/^dist\//, '')];
    }),
  );
}
