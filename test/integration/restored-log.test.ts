import { migrate } from '../../services/kit';
import { openEventLogDatabase, type EventLogDatabase } from '../kit/event-log-database';

let db: EventLogDatabase;
const sql = <T>(query: string, params: unknown[] = []) => db.sql<T>(query, params);
const publish = (...keys: string[]) => db.publish(...keys);
const recorder = (name: string) => db.recorder(name);

/**
 * What a dump restored into another cluster looks like to this one: every transaction id in the
 * log and in the consumers' snapshots lies ahead of this cluster's own.
 */
async function moveLogToAnotherCluster() {
  const ahead = `(v::numeric + 1000000000)::text`;
  await sql(`
    create or replace function pg_temp.ahead(s pg_snapshot) returns pg_snapshot language sql as $$
      select (
        (select string_agg(${ahead}, ':') from unnest(array[pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text]) v)
        || ':' ||
        coalesce((select string_agg(${ahead}, ',') from (select x::text as v from pg_snapshot_xip(s) x) xip), '')
      )::pg_snapshot
    $$;
    update events.event set transaction_id = (${ahead.replace('v::', 'transaction_id::text::')})::xid8;
    update events.consumer set delivered = pg_temp.ahead(delivered), batch = pg_temp.ahead(batch);
  `);
}

beforeAll(async () => {
  db = await openEventLogDatabase('restore_test');
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await sql('truncate events.event, events.consumer, events.parked_event');
});

it('resumes every consumer where it was after the log is restored into another cluster', async () => {
  const done = recorder('test.done');
  const behind = recorder('test.behind');
  await publish('a', 'b');
  await done.deliverAll();
  await behind.deliverAll();
  await publish('c', 'd');
  await done.deliverAll();
  expect(done.keys).toEqual(['a', 'b', 'c', 'd']);
  expect(behind.keys).toEqual(['a', 'b']);

  await moveLogToAnotherCluster();
  // Without re-basing, an event written now sorts before every consumer's position.
  await sql('create table saved_consumer as select * from events.consumer');
  await publish('lost');
  await done.deliverAll();
  expect(done.keys).toEqual(['a', 'b', 'c', 'd']);
  await sql(`
    delete from events.event where key = 'lost';
    truncate events.consumer;
    insert into events.consumer select * from saved_consumer;
    drop table saved_consumer;
  `);

  await migrate(db.orm); // what every subgraph runs at start
  await publish('e');
  await done.deliverAll();
  await behind.deliverAll();
  expect(done.keys).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(behind.keys).toEqual(['a', 'b', 'c', 'd', 'e']);

  await publish('f');
  await done.deliverAll();
  await behind.deliverAll();
  expect(done.keys.at(-1)).toBe('f');
  expect(behind.keys.at(-1)).toBe('f');
});

it('leaves a log written in this cluster as it is', async () => {
  await publish('a', 'b');
  const consumer = recorder('test.local');
  await consumer.deliverAll();
  const before = await sql('select position, transaction_id::text from events.event order by 1');
  const positions = await sql('select delivered::text from events.consumer');
  await migrate(db.orm);
  expect(await sql('select position, transaction_id::text from events.event order by 1')).toEqual(
    before,
  );
  expect(await sql('select delivered::text from events.consumer')).toEqual(positions);
});
