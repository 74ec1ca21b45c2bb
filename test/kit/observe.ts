import { createRequire } from 'node:module';

type Query = (...args: unknown[]) => unknown;
interface PgModule {
  Client: { prototype: { query: Query } };
}

/** Every copy of `pg` in the tree: MikroORM's driver may load its own beside the top-level one. */
function pgModules(): PgModule[] {
  const found = new Set<PgModule>();
  const fromHere = createRequire(__filename);
  found.add(fromHere('pg') as PgModule);
  for (const owner of ['@mikro-orm/postgresql', '@mikro-orm/knex', 'knex']) {
    try {
      const from = createRequire(fromHere.resolve(owner));
      found.add(from('pg') as PgModule);
    } catch {
      // Not installed with a copy of its own.
    }
  }
  return [...found];
}

/**
 * Records what the processes' PostgreSQL clients send (statement text and parameters) and what
 * the hub logs while `work` runs: the hub runs in the test's process, so both are observable.
 */
export async function observe<T>(
  work: () => Promise<T>,
): Promise<{ result: T; sql: string[]; logLines: string[] }> {
  const sql: string[] = [];
  const logLines: string[] = [];
  const restore: (() => void)[] = [];
  for (const pg of pgModules()) {
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const [first, values] = args;
      const text = typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '');
      const params = Array.isArray(values)
        ? values
        : ((first as { values?: unknown[] })?.values ?? []);
      sql.push(`${text} ${JSON.stringify(params)}`);
      return original.apply(this, args);
    };
    restore.push(() => {
      pg.Client.prototype.query = original;
    });
  }
  const write = process.stdout.write;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    logLines.push(String(chunk));
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  try {
    const result = await work();
    return { result, sql, logLines };
  } finally {
    process.stdout.write = write;
    for (const undo of restore) undo();
  }
}
