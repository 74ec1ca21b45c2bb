import { Client } from 'pg';
import { center } from '../../services/center';
import { drc } from '../../services/departments/drc';
import { eventChannel, migrate, openOrm, subgraphRoleName } from '../../services/kit';
import { createTestDatabase } from '../kit/database';
import { startTestHub, type TestHub } from '../kit/hub';

// Attack: a department's subgraph (a bug, an injected statement, a stolen connection string)
// reads the center's staff records or rewrites another's rows, since every subgraph used to
// connect as the one user who owns everything.
let hub: TestHub;
const clients: Client[] = [];

/** Made the way every hub made its database before roles: all of it owned by the administrator. */
async function databaseOfTheSingleUser() {
  const database = await createTestDatabase();
  const orm = await openOrm({
    schema: center.name,
    entities: center.entities,
    migrations: center.migrations,
    databaseUrl: database.url,
  });
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  return database;
}

beforeAll(async () => {
  hub = await startTestHub({
    subgraphs: [center, drc],
    database: await databaseOfTheSingleUser(),
  });
});

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => {});
  await hub?.stop();
});

async function connectAs(subgraph: string, url = hub.subgraphDatabaseUrls[subgraph]) {
  const client = new Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

async function refusal(client: Client, statement: string): Promise<string | undefined> {
  await client.query('savepoint probe');
  try {
    await client.query(statement);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await client.query('rollback to savepoint probe');
  }
}

async function admin<T>(statement: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    return (await client.query(statement, params)).rows as T[];
  } finally {
    await client.end();
  }
}

it('connects every subgraph as its own role, never as the administrator', async () => {
  const database = new URL(hub.databaseUrl).pathname.slice(1);
  const users = await admin<{ usename: string }>(
    `select distinct usename from pg_stat_activity
      where datname = $1 and pid <> pg_backend_pid() and usename <> current_user`,
    [database],
  );
  expect(users.map(({ usename }) => usename).sort()).toEqual(
    [subgraphRoleName('center'), subgraphRoleName('department_drc')].sort(),
  );
  const [{ others }] = await admin<{ others: number }>(
    `select count(*)::int as others from pg_stat_activity
      where datname = $1 and pid <> pg_backend_pid() and usename = current_user`,
    [database],
  );
  expect(others).toBe(0);
  const roles = await admin<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean }>(
    'select rolname, rolsuper, rolcreaterole from pg_roles where rolname = any($1) order by 1',
    [[subgraphRoleName('center'), subgraphRoleName('department_drc')]],
  );
  expect(roles).toEqual([
    { rolname: 'onestop_center', rolsuper: false, rolcreaterole: false },
    { rolname: 'onestop_department_drc', rolsuper: false, rolcreaterole: false },
  ]);
});

it("hands a schema made by the single user of earlier versions to its subgraph's role", async () => {
  const owners = await admin<{ owner: string }>(
    `select distinct pg_get_userbyid(relowner) as owner from pg_class
      where relnamespace = 'center'::regnamespace and relkind in ('r', 'S', 'v')
     union
     select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'center'
     union
     select distinct pg_get_userbyid(typowner) from pg_type
      where typnamespace = 'center'::regnamespace and typtype = 'e'`,
  );
  expect(owners).toEqual([{ owner: 'onestop_center' }]);
});

it("refuses a department's role the center's tables, to read and to write", async () => {
  const department = await connectAs('department_drc');
  await department.query('begin');
  expect(await refusal(department, 'select count(*) from center.department')).toBe('42501');
  expect(await refusal(department, 'select * from center.staff_member limit 1')).toBe('42501');
  expect(await refusal(department, `delete from center.item where code = 'anything'`)).toBe(
    '42501',
  );
  expect(await refusal(department, 'create table center.intruder (id int)')).toBe('42501');
  expect(await refusal(department, 'create schema intruder')).toBe('42501');
  expect(await refusal(department, 'create table public.intruder (id int)')).toBe('42501');
  // Nor does the center reach into the department's.
  const centerRole = await connectAs('center');
  await centerRole.query('begin');
  expect(await refusal(centerRole, 'select count(*) from department_drc.department_task')).toBe(
    '42501',
  );
  await department.query('rollback');
  await centerRole.query('rollback');
});

it('lets a role own its schema: its tables, and new ones as its migrations make them', async () => {
  const department = await connectAs('department_drc');
  await department.query('begin');
  const [{ tasks }] = (
    await department.query('select count(*)::int as tasks from department_drc.department_task')
  ).rows;
  expect(tasks).toBeGreaterThanOrEqual(0);
  expect(await refusal(department, 'create table department_drc.scratch (id int)')).toBe(undefined);
  expect(
    await refusal(department, 'alter table department_drc.department_task add column x int'),
  ).toBe(undefined);
  await department.query('rollback');
});

it('lets a role append to the event log, read and archive it, but not rewrite, delete or change it', async () => {
  const department = await connectAs('department_drc');
  await department.query('begin');
  const [event] = (
    await department.query(
      `insert into events.event (topic, key, payload, producer)
       values ('test.roles', 'probe', '{}', 'department_drc') returning position::text`,
    )
  ).rows;
  const read = await department.query('select key from events.event where position = $1', [
    event.position,
  ]);
  expect(read.rows).toEqual([{ key: 'probe' }]);
  expect(await refusal(department, `update events.event set payload = '{"forged": true}'`)).toBe(
    '42501',
  );
  expect(await refusal(department, `delete from events.event where key = 'probe'`)).toBe('42501');
  expect(await refusal(department, 'truncate events.event')).toBe('42501');
  expect(await refusal(department, `delete from events.event_archive`)).toBe('42501');
  // Archiving goes through the log's own function, which runs as the log's owner.
  expect(await refusal(department, 'select events.archive_delivered(30, 10)')).toBe(undefined);
  expect(await refusal(department, 'drop table events.parked_event')).toBe('42501');
  expect(await refusal(department, 'alter table events.event add column x int')).toBe('42501');
  expect(await refusal(department, 'create table events.intruder (id int)')).toBe('42501');
  expect(
    await refusal(
      department,
      `insert into events.consumer (name) values ('test.roles') on conflict (name) do nothing`,
    ),
  ).toBe(undefined);
  expect(
    await refusal(department, 'select count(*) from events.parked_event, events.event_archive'),
  ).toBe(undefined);
  await department.query('rollback');
});

it("wakes one role's listener at another role's NOTIFY on the event channel", async () => {
  const listener = await connectAs('department_drc');
  const woken = new Promise<string>((resolve) =>
    listener.on('notification', (message) => resolve(message.channel)),
  );
  await listener.query(`listen ${eventChannel}`);
  const producer = await connectAs('center');
  await producer.query(`select pg_notify('${eventChannel}', '')`);
  await expect(woken).resolves.toBe(eventChannel);
});

it("refuses a role's connection with another password", async () => {
  const url = new URL(hub.subgraphDatabaseUrls.department_drc);
  url.password = 'not-the-password';
  const client = new Client({ connectionString: url.toString() });
  await expect(client.connect()).rejects.toMatchObject({ code: '28P01' });
  await client.end().catch(() => {});
});

it('runs the subgraphs as their roles: the center and the department answer through the graph', async () => {
  const catalog = await hub.query('applicant', '{ departments(first: 10) { nodes { code } } }');
  expect(catalog.errors).toBeUndefined();
  expect(catalog.data.departments.nodes.map((node: { code: string }) => node.code)).toContain(
    'DRC',
  );
  const tasks = await hub.query('departmentReviewer', '{ drcTasks(first: 5) { nodes { id } } }');
  expect(tasks.errors).toBeUndefined();
  expect(tasks.data.drcTasks.nodes).toEqual([]);
});
