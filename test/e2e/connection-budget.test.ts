import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { connectionPoolMax } from '../../services/kit';
import { startTestHub, type TestHub } from '../kit/hub';

/**
 * The hub's connections to PostgreSQL stay within a budget an operator can size for: each
 * subgraph's pool (ONESTOP_PG_POOL_MAX) plus one LISTEN connection per subgraph and one for the
 * live feed; under 50 for the whole hub, also when it is hammered.
 */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

const apply = () =>
  hub.query(
    'applicant',
    'mutation ($input: ApplicationInput!) { applyOnline(input: $input) { id } }',
    {
      input: {
        subjectKind: 'BUNDLE',
        subjectCode: 'START-CONSTRUCTION',
        title: 'Warehouse extension',
        idempotencyKey: randomUUID(),
      },
    },
  );

const board = () =>
  hub.query('coordinator', '{ cases(first: 20) { nodes { reference departments { name } } } }');

it('stays under 50 connections under concurrent reads, writes and event delivery', async () => {
  const database = new URL(hub.databaseUrl).pathname.slice(1);
  const observer = new Client({ connectionString: hub.databaseUrl });
  await observer.connect();
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await observer.query(
        'select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      );
      peak = Math.max(peak, rows[0].n);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.all([
        ...Array.from({ length: 20 }, apply),
        ...Array.from({ length: 20 }, board),
        hub.settle(),
      ]);
      for (const result of results.slice(0, 40)) expect(result!.errors).toBeUndefined();
    }
  } finally {
    sampling = false;
    await sampler;
    await observer.end();
  }
  const subgraphs = hub.subgraphs.length;
  // Every pool full, one LISTEN per subgraph, one for supervision's live feed.
  const budget = subgraphs * connectionPoolMax() + subgraphs + 1;
  expect(peak).toBeGreaterThan(subgraphs);
  expect(peak).toBeLessThanOrEqual(budget);
  expect(budget).toBeLessThan(50);
});
