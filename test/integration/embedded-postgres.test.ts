import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../services/kit';

it('takes a free port when the default one is held by another program, and says so', async () => {
  const holder = createServer();
  const held = await new Promise<number>((resolve) =>
    holder.listen(0, '127.0.0.1', () => resolve((holder.address() as { port: number }).port)),
  );
  const lines: string[] = [];
  const postgres = await startEmbeddedPostgres({
    directory: mkdtempSync(join(tmpdir(), 'onestop-port-')),
    port: held,
    persistent: false,
    log: (line) => lines.push(line),
  });
  try {
    expect(postgres.port).not.toBe(held);
    expect(lines).toContain(
      `Port ${held} is taken by another program; the embedded PostgreSQL uses port ${postgres.port}.`,
    );
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    const { rows } = await client.query('select current_setting($1) as port', ['port']);
    await client.end();
    expect(Number(rows[0].port)).toBe(postgres.port);
  } finally {
    await postgres.stop();
    holder.close();
  }
});
