import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDatabaseIfMissing,
  publishEvent,
  readConfig,
  startEmbeddedPostgres,
  withDatabase,
  type Identity,
  type RunningPostgres,
} from '../../services/kit';
import { center } from '../../services/center';
import { departments } from '../../services/departments';
import { signUserToken } from '../../gateway/user-token';
import { startHub, type Hub } from '../../scripts/hub';
import { postGraphQL, type GraphQLResponse } from '../kit/graphql-client';
import { ownPostgresPort } from '../kit/npm-start';
import { staff } from '../e2e/departments/department-hub';

/**
 * PostgreSQL stopped for 15 s under light load: requests meanwhile get a typed refusal, the hub
 * reconnects by itself once the database is back, nothing acknowledged is lost and events
 * flow again.
 */
const directory = mkdtempSync(join(tmpdir(), 'onestop-outage-'));
const port = ownPostgresPort(2_345);
let postgres: RunningPostgres;
let hub: Hub;

const startPostgres = () => startEmbeddedPostgres({ directory, port, portChosen: true });

beforeAll(async () => {
  postgres = await startPostgres();
  await createDatabaseIfMissing(postgres.url, 'onestop');
  hub = await startHub({
    databaseUrl: withDatabase(postgres.url, 'onestop'),
    gatewayPort: 0,
    subgraphPort: 0,
    subgraphs: [center, ...departments],
  });
}, 300_000);

afterAll(async () => {
  await hub?.stop();
  await postgres?.stop();
  rmSync(directory, { recursive: true, force: true });
}, 120_000);

async function call(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const token = await signUserToken(identity, readConfig().userTokenSecret, '1h');
  return postGraphQL(hub.gatewayUrl, { query, variables }, { authorization: `Bearer ${token}` });
}

const clerk = staff('DRC', 'clerk');
const accept = (taskId: string) =>
  call(clerk, 'mutation ($t: ID!) { drcAcceptTask(taskId: $t) { id status } }', { t: taskId });
const readTask = (taskId: string) =>
  call(clerk, 'query ($id: ID!) { drcTask(id: $id) { id status } }', { id: taskId });

/** Publishes what approvals publishes on fan-out, as approvals would, in its own transaction. */
async function openTask(): Promise<string> {
  const taskId = randomUUID();
  const centerSubgraph = hub.subgraphs.find((subgraph) => subgraph.name === 'center')!;
  await centerSubgraph.orm.em.fork().transactional((tx) =>
    publishEvent(tx, {
      topic: 'approvals.task.opened',
      key: taskId,
      payload: {
        caseId: randomUUID(),
        caseReference: `OS-2026-${taskId.slice(0, 6)}`,
        taskId,
        departmentCode: 'DRC',
        applicantId: '50e2c72a-81d3-42af-a59c-b3c9e16dd83f',
        items: [
          {
            code: 'DRC-001',
            version: 1,
            name: 'Demo item',
            steps: [],
            meetingBeforeSign: false,
            promisedLimitDays: 10,
          },
        ],
        materialTypeCodes: [],
        openedAt: new Date().toISOString(),
        deadlineOn: '2026-12-11',
      },
    } as never),
  );
  return taskId;
}

async function eventually<T>(what: string, check: () => Promise<T | null>, seconds = 60) {
  for (let round = 0; round < seconds * 2; round += 1) {
    const value = await check().catch(() => null);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

it('reconnects by itself after PostgreSQL stops for 15 s, losing nothing', async () => {
  const tasks: string[] = [];
  for (let index = 0; index < 12; index += 1) tasks.push(await openTask());
  await eventually('tasks opened', async () =>
    (await Promise.all(tasks.map(readTask))).every((r) => r.data?.drcTask) ? true : null,
  );

  // Light load: one accept a second, through the outage and after it.
  const answers: { taskId: string; response: GraphQLResponse | null }[] = [];
  let loadRunning = true;
  const load = (async () => {
    for (const taskId of tasks) {
      if (!loadRunning) break;
      answers.push({ taskId, response: await accept(taskId).catch(() => null) });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  // Stop the database once the load is under way: at least one accept acknowledged before.
  await eventually('an accept acknowledged before the outage', async () =>
    answers.some(({ response }) => response && !response.errors) ? true : null,
  );
  await postgres.stop();
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  postgres = await startPostgres();
  await load;
  loadRunning = false;

  // Refusals during the outage are typed; the gateway and subgraphs kept running.
  for (const { response } of answers) {
    expect(response).not.toBeNull();
    for (const error of response!.errors ?? []) {
      expect(['DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT']).toContain(error.extensions?.code);
    }
  }
  const acknowledged = answers.filter(({ response }) => response && !response.errors);
  expect(acknowledged.length).toBeGreaterThan(0);

  // Back without a restart: every task accepts (a retry of an acknowledged accept answers as it
  // did), and every acknowledged accept is there.
  for (const taskId of tasks) {
    const done = await eventually(`accept ${taskId}`, async () => {
      const response = await accept(taskId);
      return response.errors ? null : response;
    });
    expect(done.data.drcAcceptTask.status).toBe('ACCEPTED');
  }
  for (const { taskId } of acknowledged) {
    expect((await readTask(taskId)).data.drcTask.status).toBe('ACCEPTED');
  }

  // Events flow again: a task opened after the outage reaches the department by itself.
  const late = await openTask();
  await eventually('a task opened after the outage', async () =>
    (await readTask(late)).data?.drcTask ? true : null,
  );
}, 600_000);
