import { Entity, PrimaryKey, type MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { deliverBatch, migrate, openOrm, type EventConsumer } from '../../services/kit';
import { eventChannel } from '../../services/kit/events/event-log';
import { createTestDatabase, type TestDatabase } from '../kit/database';

/**
 * Tries to make delivery step over a committed event: many writers append events in short
 * transactions that commit after a random pause (so they commit in another order than they
 * started and wrote), while two replicas of each consumer deliver all the time. Every committed
 * event must reach every consumer, once per committed batch.
 *
 * Half the writers are clients that send each statement as `publishEvent` does (begin, insert,
 * NOTIFY, a pause, commit): against the former delivery (a horizon read from pg_stat_activity
 * after the statement's snapshot, commit ec43874) this test failed in each of three runs, a
 * consumer missing an event. The other half run inside PostgreSQL, so their transactions overlap
 * however busy this process is.
 */
const writers = 8;
const eventsPerWriter = 375;
const rounds = 3;
/** Consumers of every topic, each with two replicas: every batch any of them reads is a try. */
const consumers = ['a', 'b', 'c', 'd'].map((replica) => `test.every-topic.${replica}`);
/** These write in their transaction and take a while over each batch, as real consumers do. */
const slowConsumers = new Set(consumers.slice(2));

/** No table of its own: the consumer below only counts, so the replicas keep up with the writers. */
@Entity({ tableName: 'unused' })
class Unused {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

/**
 * One writer: short transactions, each appending one event as `publishEvent` does (the insert,
 * then the NOTIFY) and committing after a random pause. It runs inside PostgreSQL, so the
 * writers' transactions really overlap however busy the test's own process is.
 */
const appendEventsProcedure = `
  create procedure append_events(writer int, round int, how_many int) language plpgsql as $$
  begin
    for index in 1..how_many loop
      insert into events.event (topic, key, payload, producer)
        values ('test.writer' || writer || '.wrote', round || '-' || writer || '-' || index,
                jsonb_build_object('index', index), 'concurrency_producer');
      perform pg_notify('${eventChannel}', '');
      if random() < 0.3 then perform pg_sleep(random() * 0.002); end if;
      commit;
    end loop;
  end $$`;

let database: TestDatabase;
let replicas: MikroORM[];
/** For each consumer, how many committed batches handed each position over. */
const deliveries = new Map(consumers.map((name) => [name, new Map<string, number>()]));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One batch of the consumer of every topic; what it saw counts once the batch has committed. */
async function deliverOnce(orm: MikroORM, name: string) {
  const seen: string[] = [];
  const everyTopic: EventConsumer = {
    name,
    topics: ['*'],
    async handle(event, em) {
      if (slowConsumers.has(name) && seen.length === 0) {
        await em
          .getConnection()
          .execute(
            'insert into receipt (consumer, position) values (?, ?); select pg_sleep(0.01)',
            [name, event.position],
            'run',
            em.getTransactionContext(),
          );
      }
      seen.push(event.position);
    },
  };
  const outcome = await deliverBatch(orm.em, everyTopic);
  const handed = deliveries.get(name)!;
  for (const position of seen) handed.set(position, (handed.get(position) ?? 0) + 1);
  return outcome;
}

/** Delivers while the writers write, then until nothing is left. */
async function deliverUntil(orm: MikroORM, name: string, writing: () => boolean) {
  for (let idle = 0; idle < 3;) {
    const { handled, busy, more } = await deliverOnce(orm, name);
    if (handled > 0 || busy || more) idle = 0;
    else if (!writing()) idle += 1;
    if (handled === 0) await sleep(1);
  }
}

/** Statement by statement from the client, as `publishEvent` writes inside a use case. */
async function appendFromClient(client: Client, writer: number, round: number) {
  for (let index = 1; index <= eventsPerWriter; index += 1) {
    await client.query('begin');
    await client.query(
      `insert into events.event (topic, key, payload, producer) values ($1, $2, $3, $4)`,
      [
        `test.writer${writer}.wrote`,
        `${round}-${writer}-${index}`,
        { index },
        'concurrency_producer',
      ],
    );
    await client.query(`select pg_notify('${eventChannel}', '')`);
    if (Math.random() < 0.3) await sleep(Math.random() * 2);
    await client.query('commit');
  }
}

async function write(writer: number, round: number) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    if (writer % 2 === 0) await appendFromClient(client, writer, round);
    else await client.query('call append_events($1, $2, $3)', [writer, round, eventsPerWriter]);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const setup = new Client({ connectionString: database.url });
  await setup.connect();
  // Commits need not wait for the disk here: more of them overlap, which is what is tried.
  await setup.query(
    `alter database "${new URL(database.url).pathname.slice(1)}" set synchronous_commit = off`,
  );
  await setup.query(appendEventsProcedure);
  await setup.end();
  const open = () =>
    openOrm({
      schema: 'concurrency_consumer',
      entities: [Unused],
      migrations: [],
      databaseUrl: database.url,
    });
  replicas = [await open(), await open()];
  await migrate(replicas[0]);
  await replicas[0].em
    .getConnection()
    .execute(
      'create table receipt (consumer text, position bigint, primary key (consumer, position))',
    );
});

afterAll(async () => {
  for (const orm of replicas ?? []) await orm?.close();
  await database?.drop();
});

it(`hands every committed event over, ${rounds} rounds of ${writers} writers`, async () => {
  for (let round = 0; round < rounds; round += 1) {
    let writing = true;
    const delivering = consumers.flatMap((name) =>
      replicas.map((replica) => deliverUntil(replica, name, () => writing)),
    );
    await Promise.all(Array.from({ length: writers }, (_, writer) => write(writer, round)));
    writing = false;
    await Promise.all(delivering);

    const events = await replicas[0].em
      .getConnection()
      .execute<{ position: string }[]>('select position::text from events.event order by position');
    expect(events).toHaveLength((round + 1) * writers * eventsPerWriter);
    for (const [name, handed] of deliveries) {
      const missing = events.map((row) => row.position).filter((position) => !handed.has(position));
      // The count and the first few keep a failure readable.
      expect({ round, name, missing: missing.length, first: missing.slice(0, 10) }).toEqual({
        round,
        name,
        missing: 0,
        first: [],
      });
    }
  }
  // The position moves in the transaction that hands the batch over: once each, not more.
  for (const handed of deliveries.values()) {
    expect([...handed.values()].filter((times) => times !== 1)).toEqual([]);
  }
});
