import { Entity, PrimaryKey, type MikroORM } from '@mikro-orm/postgresql';
import {
  archiveDeliveredEvents,
  deliverBatch,
  migrate,
  openOrm,
  publishEvent,
  type EventConsumer,
  type HubEvent,
} from '../../services/kit';
import { createTestDatabase, type TestDatabase } from '../kit/database';

@Entity({ tableName: 'unused' })
class Unused {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

const topic = 'center.fee-entry.withdrawn';

let database: TestDatabase;
let orm: MikroORM;

const sql = <T>(query: string, params: unknown[] = []) =>
  orm.em.getConnection().execute<T[]>(query, params);

function recorder(name: string, failsOn: string[] = []) {
  const keys: string[] = [];
  const consumer: EventConsumer = {
    name,
    topics: [topic],
    async handle(event: HubEvent) {
      if (failsOn.includes(event.key)) throw new Error(`cannot handle ${event.key}`);
      keys.push(event.key);
    },
  };
  const deliverAll = async () => {
    const noWait = { attempts: 1, firstDelayMs: 0, maxDelayMs: 0 };
    while ((await deliverBatch(orm.em, consumer, noWait)).more);
  };
  return { keys, deliverAll };
}

async function publish(...keys: string[]) {
  for (const key of keys) {
    await orm.em
      .fork()
      .transactional((tx) => publishEvent(tx, { topic, key, payload: { code: key } }));
  }
}

const keysIn = async (table: string) =>
  (await sql<{ key: string }>(`select key from ${table} order by position`)).map((row) => row.key);

const age = (keys: string[], days: number) =>
  sql(`update events.event set occurred_at = now() - ? * interval '1 day' where key in (?)`, [
    days,
    keys,
  ]);

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm({
    schema: 'retention_test',
    entities: [Unused],
    migrations: [],
    databaseUrl: database.url,
  });
  await migrate(orm);
});

afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

beforeEach(async () => {
  await sql('truncate events.event, events.event_archive, events.consumer, events.parked_event');
});

it('archives old events every consumer was handed, and keeps what one still needs', async () => {
  const ahead = recorder('test.ahead', ['poison']);
  const behind = recorder('test.behind');
  await publish('a', 'b', 'poison');
  await behind.deliverAll();
  await publish('c', 'd', 'recent');
  await ahead.deliverAll();
  // The batch that met the poison was rolled back, so a and b came twice (at least once).
  expect([...new Set(ahead.keys)]).toEqual(['a', 'b', 'c', 'd', 'recent']);
  expect(await sql('select position from events.parked_event')).toHaveLength(1);
  await age(['a', 'b', 'poison', 'c', 'd'], 40);

  expect(await archiveDeliveredEvents(orm.em, 30)).toBe(2);
  expect(await keysIn('events.event_archive')).toEqual(['a', 'b']);
  // c and d: the behind consumer has not had them; poison: parked; recent: too young.
  expect(await keysIn('events.event')).toEqual(['poison', 'c', 'd', 'recent']);

  await behind.deliverAll();
  expect(behind.keys).toEqual(['a', 'b', 'poison', 'c', 'd', 'recent']);
  expect(await archiveDeliveredEvents(orm.em, 30)).toBe(2);
  expect(await keysIn('events.event')).toEqual(['poison', 'recent']);
  expect(await archiveDeliveredEvents(orm.em, 30)).toBe(0);
  expect(await archiveDeliveredEvents(orm.em, 0)).toBe(0);
});

it('starts a new consumer at the oldest event still in the log', async () => {
  const first = recorder('test.first');
  await publish('old', 'new');
  await first.deliverAll();
  await age(['old'], 100);
  expect(await archiveDeliveredEvents(orm.em, 30)).toBe(1);

  const newcomer = recorder('test.newcomer');
  await publish('later');
  await newcomer.deliverAll();
  await first.deliverAll();
  expect(newcomer.keys).toEqual(['new', 'later']);
  expect(first.keys).toEqual(['old', 'new', 'later']);
});
