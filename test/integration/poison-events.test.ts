import {
  deliverBatch,
  requestParkedEventRetry,
  retryParkedEvents,
  type EventConsumer,
  type HubEvent,
  type RetryPolicy,
} from '../../services/kit';
import { openEventLogDatabase, testTopic, type EventLogDatabase } from '../kit/event-log-database';

const topic = testTopic;

let db: EventLogDatabase;
const sql = <T>(query: string, params: unknown[] = []) => db.sql<T>(query, params);
const publish = (...keys: string[]) => db.publish(...keys);

const noWait: RetryPolicy = { attempts: 5, firstDelayMs: 0, maxDelayMs: 0 };

/**
 * Records each key it handles in a table (so only what committed counts), failing as `fails`
 * says; `attempts` counts every try, committed or not.
 */
function consumer(name: string, fails: (key: string, attempt: number) => boolean) {
  const attempts = new Map<string, number>();
  const definition: EventConsumer = {
    name,
    topics: [topic],
    async handle(event: HubEvent, em) {
      const attempt = (attempts.get(event.key) ?? 0) + 1;
      attempts.set(event.key, attempt);
      if (fails(event.key, attempt)) throw new Error(`cannot handle ${event.key} (${attempt})`);
      await em
        .getConnection()
        .execute(
          'insert into handed (consumer, key) values (?, ?)',
          [name, event.key],
          'run',
          em.getTransactionContext(),
        );
    },
  };
  const handed = async () =>
    (
      await sql<{ key: string }>('select key from handed where consumer = ? order by id', [name])
    ).map((row) => row.key);
  return { definition, handed, attempts };
}

beforeAll(async () => {
  db = await openEventLogDatabase('poison_test');
  await sql('create table handed (id serial primary key, consumer text, key text)');
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await sql('truncate events.event, events.consumer, events.parked_event');
});

it('tries a failing event again and hands it over when the handler recovers, in order', async () => {
  await publish('a', 'b', 'c');
  const { definition, handed, attempts } = consumer(
    'test.recovers',
    (key, attempt) => key === 'b' && attempt <= 3,
  );
  const outcomes = [];
  for (let call = 0; call < 6; call += 1)
    outcomes.push(await deliverBatch(db.orm.em, definition, noWait));
  expect(outcomes.slice(0, 3).map((outcome) => outcome.failure?.parked)).toEqual([
    false,
    false,
    false,
  ]);
  expect(await handed()).toEqual(['a', 'b', 'c']);
  expect(attempts.get('b')).toBe(4);
  const [state] = await sql<{ failures: number; failed_position: string | null }>(
    `select failures, failed_position from events.consumer where name = 'test.recovers'`,
  );
  expect(state).toEqual({ failures: 0, failed_position: null });
  expect(await sql('select * from events.parked_event')).toEqual([]);
});

it('waits before trying again, and hands over what came before the failing event', async () => {
  await publish('a', 'b', 'c');
  const { definition, handed, attempts } = consumer(
    'test.backs-off',
    (key, attempt) => key === 'b' && attempt === 1,
  );
  const policy: RetryPolicy = { attempts: 5, firstDelayMs: 400, maxDelayMs: 400 };
  expect((await deliverBatch(db.orm.em, definition, policy)).failure?.parked).toBe(false);
  // Too early: `a` goes through, `b` is not tried.
  await deliverBatch(db.orm.em, definition, policy);
  expect(await handed()).toEqual(['a']);
  expect(attempts.get('b')).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await deliverBatch(db.orm.em, definition, policy);
  expect(await handed()).toEqual(['a', 'b', 'c']);
});

it('parks an event that always fails, goes on, and hands it over again when an operator retries', async () => {
  await publish('a', 'poison', 'c');
  let fixed = false;
  const { definition, handed, attempts } = consumer(
    'test.parks',
    (key) => key === 'poison' && !fixed,
  );
  const policy: RetryPolicy = { attempts: 3, firstDelayMs: 0, maxDelayMs: 0 };
  const outcomes = [];
  for (let call = 0; call < 5; call += 1)
    outcomes.push(await deliverBatch(db.orm.em, definition, policy));
  expect(outcomes.map((outcome) => outcome.failure?.parked)).toEqual([
    false,
    false,
    true,
    undefined,
    undefined,
  ]);
  expect(await handed()).toEqual(['a', 'c']);
  expect(attempts.get('poison')).toBe(3);

  const parked = await sql<{
    consumer: string;
    key: string;
    attempts: number;
    error: string;
    position: string;
  }>('select consumer, key, attempts, error, position::text from events.parked_event');
  expect(parked).toEqual([
    expect.objectContaining({
      consumer: 'test.parks',
      key: 'poison',
      attempts: 3,
      error: 'cannot handle poison (3)',
    }),
  ]);

  // Not asked yet: nothing is retried. Asked while still broken: it stays parked, one attempt more.
  expect(await retryParkedEvents(db.orm.em, definition)).toBe(0);
  await requestParkedEventRetry(db.orm.em.fork(), 'test.parks', parked[0].position);
  expect(await retryParkedEvents(db.orm.em, definition)).toBe(0);
  const [still] = await sql<{ attempts: number; retry_requested_at: Date | null }>(
    'select attempts, retry_requested_at from events.parked_event',
  );
  expect(still).toEqual({ attempts: 4, retry_requested_at: null });

  fixed = true;
  await requestParkedEventRetry(db.orm.em.fork(), 'test.parks', parked[0].position);
  expect(await retryParkedEvents(db.orm.em, definition)).toBe(1);
  expect(await handed()).toEqual(['a', 'c', 'poison']);
  expect(await sql('select * from events.parked_event')).toEqual([]);
});

it('refuses to retry what is not parked', async () => {
  await expect(
    requestParkedEventRetry(db.orm.em.fork(), 'test.parks', '12345'),
  ).rejects.toMatchObject({
    extensions: { code: 'NOT_FOUND' },
  });
  await expect(requestParkedEventRetry(db.orm.em.fork(), 'test.parks', 'x')).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT' },
  });
});
