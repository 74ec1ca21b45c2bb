import { Entity, LockMode, PrimaryKey, Property, type MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { maskError, openOrm } from '../../services/kit';
import { createTestDatabase, type TestDatabase } from '../kit/database';
import { errorCodes } from '../kit/graphql-client';
import type { TestHub } from '../kit/hub';
import {
  accept,
  openTask,
  snapshot,
  staff,
  startDepartmentHub,
} from '../e2e/departments/department-hub';

@Entity({ tableName: 'counter' })
class Counter {
  @PrimaryKey({ type: 'string' })
  name!: string;

  @Property({ type: 'integer' })
  value!: number;
}

let database: TestDatabase;
let orm: MikroORM;
const timeouts = { statementMs: 300, lockMs: 300, poolAcquireMs: 500 };

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm({
    schema: 'timeouts',
    entities: [Counter],
    migrations: [],
    databaseUrl: database.url,
    poolSize: 1,
    timeouts,
  });
  const connection = orm.em.getConnection();
  await connection.execute('create schema if not exists timeouts');
  await connection.execute('create table timeouts.counter (name text primary key, value int)');
  await connection.execute(`insert into timeouts.counter values ('n', 0)`);
}, 60_000);

afterAll(async () => {
  await orm?.close();
  await database?.drop();
}, 60_000);

/** What a client would be told of the error: through the kit's masking, as every subgraph does. */
async function codeOf(work: () => Promise<unknown>): Promise<string> {
  const error = await work().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).not.toBeNull();
  const masked = maskError(new GraphQLError('wrapped', { originalError: error as Error }));
  return (masked as GraphQLError).extensions.code as string;
}

it('ends a statement at statement_timeout with DATABASE_TIMEOUT', async () => {
  const started = Date.now();
  expect(await codeOf(() => orm.em.getConnection().execute('select pg_sleep(5)'))).toBe(
    'DATABASE_TIMEOUT',
  );
  expect(Date.now() - started).toBeLessThan(4_000);
});

it('ends a wait for a locked row at lock_timeout with DATABASE_TIMEOUT', async () => {
  const holder = new Client({ connectionString: database.url });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query(`select * from timeouts.counter where name = 'n' for update`);
    const started = Date.now();
    expect(
      await codeOf(() =>
        orm.em.fork().transactional(async (tx) => {
          const counter = await tx.findOneOrFail(
            Counter,
            { name: 'n' },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          );
          counter.value += 1;
        }),
      ),
    ).toBe('DATABASE_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(4_000);
  } finally {
    await holder.query('rollback');
    await holder.end();
  }
  // Nothing half-done: the counter is where it was, and the pool serves the next request.
  const counter = await orm.em.fork().findOneOrFail(Counter, { name: 'n' });
  expect(counter.value).toBe(0);
});

it('ends a wait for a pooled connection with DATABASE_TIMEOUT', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The pool's one connection, held by a transaction that is waiting on nothing in PostgreSQL.
  const holding = orm.em.fork().transactional(async (tx) => {
    await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
    await held;
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = Date.now();
  expect(await codeOf(() => orm.em.fork().find(Counter, {}))).toBe('DATABASE_TIMEOUT');
  expect(Date.now() - started).toBeLessThan(4_000);
  release();
  await holding;
  expect(await orm.em.fork().count(Counter, {})).toBe(1);
});

it('answers DATABASE_UNAVAILABLE when the database refuses connections', async () => {
  const unreachable = new URL(database.url);
  unreachable.port = '1';
  const client = new Client({ connectionString: unreachable.toString() });
  expect(await codeOf(() => client.connect())).toBe('DATABASE_UNAVAILABLE');
});

describe('through the gateway', () => {
  let hub: TestHub;
  const previous = process.env.ONESTOP_LOCK_TIMEOUT_MS;

  beforeAll(async () => {
    process.env.ONESTOP_LOCK_TIMEOUT_MS = '1000';
    hub = await startDepartmentHub();
    await hub.settle();
  }, 180_000);

  afterAll(async () => {
    if (previous === undefined) delete process.env.ONESTOP_LOCK_TIMEOUT_MS;
    else process.env.ONESTOP_LOCK_TIMEOUT_MS = previous;
    await hub?.stop();
  });

  it('refuses a step whose task stays locked with DATABASE_TIMEOUT, changing nothing', async () => {
    const { taskId } = await openTask(hub, 'DRC');
    const holder = new Client({ connectionString: hub.database.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select * from department_drc.department_task where id = $1 for update', [
        taskId,
      ]);
      const before = await snapshot(hub, 'DRC');
      const started = Date.now();
      const refused = await accept(hub, staff('DRC', 'clerk'), 'DRC', taskId);
      expect(errorCodes(refused)).toEqual(['DATABASE_TIMEOUT']);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await snapshot(hub, 'DRC')).toEqual(before);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    // The lock gone, the same request goes through.
    expect((await accept(hub, staff('DRC', 'clerk'), 'DRC', taskId)).errors).toBeUndefined();
  }, 60_000);
});
