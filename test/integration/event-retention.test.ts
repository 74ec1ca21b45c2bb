import { archiveDeliveredEvents } from '../../services/kit';
import { openEventLogDatabase, type EventLogDatabase } from '../kit/event-log-database';

let db: EventLogDatabase;
const sql = <T>(query: string, params: unknown[] = []) => db.sql<T>(query, params);
const publish = (...keys: string[]) => db.publish(...keys);
const recorder = (name: string, failsOn: string[] = []) => db.recorder(name, failsOn);

const keysIn = async (table: string) =>
  (await sql<{ key: string }>(`select key from ${table} order by position`)).map((row) => row.key);

const age = (keys: string[], days: number) =>
  sql(`update events.event set occurred_at = now() - ? * interval '1 day' where key in (?)`, [
    days,
    keys,
  ]);

beforeAll(async () => {
  db = await openEventLogDatabase('retention_test');
});

afterAll(async () => {
  await db?.close();
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

  expect(await archiveDeliveredEvents(db.orm.em, 30)).toBe(2);
  expect(await keysIn('events.event_archive')).toEqual(['a', 'b']);
  // c and d: the behind consumer has not had them; poison: parked; recent: too young.
  expect(await keysIn('events.event')).toEqual(['poison', 'c', 'd', 'recent']);

  await behind.deliverAll();
  expect(behind.keys).toEqual(['a', 'b', 'poison', 'c', 'd', 'recent']);
  expect(await archiveDeliveredEvents(db.orm.em, 30)).toBe(2);
  expect(await keysIn('events.event')).toEqual(['poison', 'recent']);
  expect(await archiveDeliveredEvents(db.orm.em, 30)).toBe(0);
  expect(await archiveDeliveredEvents(db.orm.em, 0)).toBe(0);
});

it('starts a new consumer at the oldest event still in the log', async () => {
  const first = recorder('test.first');
  await publish('old', 'new');
  await first.deliverAll();
  await age(['old'], 100);
  expect(await archiveDeliveredEvents(db.orm.em, 30)).toBe(1);

  const newcomer = recorder('test.newcomer');
  await publish('later');
  await newcomer.deliverAll();
  await first.deliverAll();
  expect(newcomer.keys).toEqual(['new', 'later']);
  expect(first.keys).toEqual(['old', 'new', 'later']);
});
