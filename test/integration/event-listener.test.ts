import { Entity, PrimaryKey, type MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import {
  eventListenerName,
  migrate,
  openOrm,
  publishEvent,
  startEventDelivery,
  type EventDelivery,
  type HubEvent,
} from '../../services/kit';
import { createTestDatabase, type TestDatabase } from '../kit/database';

@Entity({ tableName: 'unused' })
class Unused {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

// Delivery does not look into topics or payloads; the tests speak the contract's like any producer.
const topic = 'center.fee-entry.withdrawn';

let database: TestDatabase;
let orm: MikroORM;
let delivery: EventDelivery;
let admin: Client;
const received: { event: HubEvent; at: number }[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const listenerPids = async () =>
  (
    await admin.query<{ pid: number }>(
      `select pid from pg_stat_activity
        where datname = current_database() and application_name = $1`,
      [eventListenerName],
    )
  ).rows.map((row) => row.pid);

async function publish(key: string) {
  await orm.em
    .fork()
    .transactional((tx) => publishEvent(tx, { topic, key, payload: { code: key } }));
  return Date.now();
}

async function deliveredWithin(key: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = received.find((entry) => entry.event.key === key);
    if (found) return found;
    await sleep(10);
  }
  return undefined;
}

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm({
    schema: 'listener_test',
    entities: [Unused],
    migrations: [],
    databaseUrl: database.url,
  });
  await migrate(orm);
  admin = new Client({ connectionString: database.url });
  await admin.connect();
  // No poll to fall back on within the test: only a NOTIFY can bring an event over.
  delivery = await startEventDelivery(
    orm,
    [
      {
        name: 'test.listener',
        topics: [topic],
        async handle(event) {
          received.push({ event, at: Date.now() });
        },
      },
    ],
    database.url,
    { pollIntervalMs: 600_000 },
  );
});

afterAll(async () => {
  await delivery?.stop();
  await admin?.end();
  await orm?.close();
  await database?.drop();
});

it('listens again after its connection is killed, and delivers within a second', async () => {
  const sent = await publish('before');
  const before = await deliveredWithin('before', 5_000);
  expect(before).toBeDefined();

  const [killed] = await listenerPids();
  expect(killed).toBeDefined();
  await admin.query('select pg_terminate_backend($1)', [killed]);

  // Back within a few reconnection pauses, on a new backend.
  let listening: number[] = [];
  for (let attempt = 0; attempt < 100 && !listening.some((pid) => pid !== killed); attempt += 1) {
    await sleep(50);
    listening = await listenerPids();
  }
  expect(listening.filter((pid) => pid !== killed)).toHaveLength(1);

  const publishedAt = await publish('after');
  const after = await deliveredWithin('after', 1_000);
  expect(after).toBeDefined();
  expect(after!.at - publishedAt).toBeLessThan(1_000);
  expect(sent).toBeLessThanOrEqual(before!.at);
});

it('delivers what was committed while the listener was away', async () => {
  const [killed] = await listenerPids();
  await admin.query('select pg_terminate_backend($1)', [killed]);
  // Published at once: the NOTIFY reaches nobody, the reconnection's own wake brings it.
  await publish('while-away');
  expect(await deliveredWithin('while-away', 5_000)).toBeDefined();
});
