import { Entity, PrimaryKey, Property, type MikroORM } from '@mikro-orm/postgresql';
import {
  deliverBatch,
  migrate,
  openOrm,
  publishEvent,
  type EventConsumer,
  type HubEvent,
  type NewEvent,
  withDatabase,
} from '../../services/kit';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../kit/database';

@Entity({ tableName: 'receipt' })
class Receipt {
  @PrimaryKey({ type: 'string' })
  position!: string;

  @Property({ type: 'string' })
  topic!: string;
}

let database: TestDatabase;
let producer: MikroORM;
let consumerReplicas: MikroORM[];

const open = (schema: string) =>
  openOrm({ schema, entities: [Receipt], migrations: [], databaseUrl: database.url });

// Delivery does not look into topics or payloads; these tests speak the contract's like any producer.
const thing = 'center.fee-entry.withdrawn';
const other = 'center.fee-entry.approved';
const elsewhere = 'materials.material.reviewed';
const events = {
  [thing]: { topic: thing, key: 'k', payload: { code: 'FEE-THING' } },
  [other]: {
    topic: other,
    key: 'k',
    payload: { code: 'FEE-OTHER', name: 'Other', standard: '1 yuan', legalBasis: 'Test' },
  },
  [elsewhere]: {
    topic: elsewhere,
    key: 'k',
    payload: {
      materialId: 'm',
      applicantId: 'a',
      materialTypeCode: 'T',
      departmentCode: 'AMR',
      decision: 'VERIFIED',
      problems: [],
      at: '2026-11-28T00:00:00.000Z',
      validUntil: null,
    },
  },
} satisfies { [T in typeof thing | typeof other | typeof elsewhere]: NewEvent<T> };

/** Records each event it is handed; the primary key turns a second application into an error. */
const recorder = (topics: string[] = [thing]): EventConsumer => ({
  name: 'test.recorder',
  topics,
  async handle(event: HubEvent, em) {
    em.create(Receipt, { position: event.position, topic: event.topic });
  },
});

async function publish(event: NewEvent = events[thing]) {
  await producer.em.fork().transactional((tx) => publishEvent(tx, event));
}

const received = async () =>
  (await consumerReplicas[0].em.fork().find(Receipt, {}, { orderBy: { position: 'asc' } })).map(
    (receipt) => receipt.position,
  );

const drainAll = async (consumer = recorder()) => {
  let total = 0;
  for (let more = true; more;) {
    const outcome = await deliverBatch(consumerReplicas[0].em, consumer);
    total += outcome.handled;
    more = outcome.more || outcome.handled > 0;
  }
  return total;
};

beforeAll(async () => {
  database = await createTestDatabase();
  producer = await open('events_producer');
  await migrate(producer);
  consumerReplicas = [await open('events_consumer'), await open('events_consumer')];
  await migrate(consumerReplicas[0]);
  await consumerReplicas[0].em
    .getConnection()
    .execute('create table receipt (position text primary key, topic text not null)');
});

afterAll(async () => {
  for (const orm of [producer, ...(consumerReplicas ?? [])]) await orm?.close();
  await database?.drop();
});

beforeEach(async () => {
  await consumerReplicas[0].em
    .getConnection()
    .execute('truncate receipt; truncate events.consumer, events.parked_event');
  await producer.em.getConnection().execute('truncate events.event');
});

it('delivers a committed event with its payload, and nothing of a rolled-back transaction', async () => {
  const seen: HubEvent[] = [];
  await publish({ topic: thing, key: 'k', payload: { code: 'FEE-3' } });
  await producer.em
    .fork()
    .transactional(async (tx) => {
      await publishEvent(tx, events[thing]);
      throw new Error('roll back');
    })
    .catch(() => {});
  await deliverBatch(consumerReplicas[0].em, {
    ...recorder(),
    handle: async (event) => void seen.push(event),
  });
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({
    topic: thing,
    key: 'k',
    payload: { code: 'FEE-3' },
    producer: 'events_producer',
  });
});

it('refuses to publish outside a transaction', async () => {
  await expect(publishEvent(producer.em.fork(), events[thing])).rejects.toThrow(/transactional/);
});

it('delivers only the topics a consumer asked for', async () => {
  await publish(events[thing]);
  await publish(events[other]);
  expect(await drainAll()).toBe(1);
});

it('matches topics by prefix and takes every topic for *', async () => {
  await publish(events[thing]);
  await publish(events[other]);
  await publish(events[elsewhere]);
  expect(await drainAll(recorder(['center.fee-entry.*']))).toBe(2);
  await consumerReplicas[0].em
    .getConnection()
    .execute('truncate receipt; truncate events.consumer, events.parked_event');
  expect(await drainAll(recorder(['*']))).toBe(3);
});

it('never steps over a transaction that commits after a later one', async () => {
  const slow = producer.em.fork();
  let commitSlow!: () => void;
  const slowCommitted = slow.transactional(async (tx) => {
    await publishEvent(tx, { ...events[thing], key: 'slow' });
    await new Promise<void>((resolve) => (commitSlow = resolve));
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await publish();
  await publish();

  // The two fast ones committed and are handed over; the slow one, written first, is not lost.
  expect(await drainAll()).toBe(2);
  commitSlow();
  await slowCommitted;
  expect(await drainAll()).toBe(1);
  expect(await received()).toHaveLength(3);
});

it('is not held back by a transaction idling in this database', async () => {
  const idle = producer.em.fork();
  let finish!: () => void;
  const idling = idle.transactional(async (tx) => {
    await tx
      .getConnection()
      .execute('select pg_current_xact_id()', [], 'all', tx.getTransactionContext());
    await new Promise<void>((resolve) => (finish = resolve));
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  try {
    await publish();
    expect(await drainAll()).toBe(1);
  } finally {
    finish();
    await idling;
  }
});

it('is not held back by a transaction idling in another database on the same server', async () => {
  const elsewhere = new Client({ connectionString: withDatabase(database.url, 'postgres') });
  await elsewhere.connect();
  try {
    await elsewhere.query('begin');
    await elsewhere.query('select pg_current_xact_id()');
    await publish();
    expect(await drainAll()).toBe(1);
  } finally {
    await elsewhere.query('rollback');
    await elsewhere.end();
  }
});

it('applies each event once when two replicas deliver at the same time', async () => {
  for (let index = 0; index < 250; index += 1) await publish();
  const replica = async (orm: MikroORM) => {
    let handled = 0;
    for (let idle = 0; idle < 3;) {
      const { handled: count, more } = await deliverBatch(orm.em, recorder());
      handled += count;
      idle = count === 0 && !more ? idle + 1 : 0;
    }
    return handled;
  };
  const [first, second] = await Promise.all(consumerReplicas.map(replica));
  expect(first + second).toBe(250);
  expect(new Set(await received()).size).toBe(250);
});

it('keeps its position when a handler fails, and delivers again later', async () => {
  await publish();
  await publish();
  const failing: EventConsumer = {
    ...recorder(),
    async handle() {
      throw new Error('downstream unavailable');
    },
  };
  // Tried again at once (no pause), so the working consumer below picks it up straight away.
  const outcome = await deliverBatch(consumerReplicas[0].em, failing, {
    attempts: 5,
    firstDelayMs: 0,
    maxDelayMs: 0,
  });
  expect(outcome.failure).toMatchObject({ parked: false, error: 'downstream unavailable' });
  expect(await received()).toEqual([]);
  expect(await drainAll()).toBe(2);
});
