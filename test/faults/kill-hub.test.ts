import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Role, projectRoot, readConfig, type Identity } from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { signUserToken } from '../../gateway/user-token';
import { postGraphQL, type GraphQLResponse } from '../kit/graphql-client';
import {
  ownPostgresPort,
  startHubProcess,
  stopLeftHubProcesses,
  type StartedHub,
} from '../kit/npm-start';

/**
 * kill -9 of the whole hub in the middle of 20 concurrent applications and department steps:
 * after a restart the clients send every request again with the same idempotency key (or, for
 * steps, the same request), and each case ends once, with nothing recorded twice.
 */
const dataDirectory = mkdtempSync(join(tmpdir(), 'onestop-kill-'));
// Another port than the start tests' own, so the two can run side by side.
const pgPort = ownPostgresPort(1_717);
const cases = 20;
let hub: StartedHub | undefined;

const amr = (duty: 'clerk' | 'reviewer' | 'chief'): Identity => ({
  subject: `staff-amr-${duty}`,
  name: `AMR ${duty}`,
  roles: [
    {
      clerk: Role.WINDOW_CLERK,
      reviewer: Role.DEPARTMENT_REVIEWER,
      chief: Role.CHIEF_REPRESENTATIVE,
    }[duty],
  ],
  departmentCode: 'AMR',
  applicantId: null,
});

async function call(identity: Identity, query: string, variables: Record<string, unknown>) {
  const token = await signUserToken(identity, readConfig().userTokenSecret, '1h');
  return postGraphQL(hub!.gatewayUrl, { query, variables }, { authorization: `Bearer ${token}` });
}

/** Sends a request until the hub answers it (a killed or starting hub answers nothing). */
async function untilAnswered(send: () => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  for (;;) {
    try {
      return await send();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const apply = (key: string) =>
  call(
    demoPeople.applicant,
    `mutation ($input: ApplicationInput!) {
      applyOnline(input: $input) { id status }
    }`,
    {
      input: {
        subjectKind: 'ITEM',
        subjectCode: 'AMR-001',
        title: `Shop ${key}`,
        idempotencyKey: key,
      },
    },
  );

const readCase = (id: string) =>
  call(
    demoPeople.coordinator,
    `query ($id: ID!) { case(id: $id) { id status tasks { id status department { code } } } }`,
    { id },
  );

const step = (who: Identity, field: string, taskId: string, extra = '') =>
  call(who, `mutation ($taskId: ID!) { ${field}(taskId: $taskId${extra}) { id status } }`, {
    taskId,
  });

/** The applicant hands over a material and the AMR reviewer verifies it, once for all. */
async function verifiedMaterial(materialTypeCode: string) {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: `mutation ($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {
        uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) { id }
      }`,
      variables: { applicantId: demoPeople.applicant.applicantId, materialTypeCode, file: null },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set(
    '0',
    new Blob([`%PDF-1.7\n% ${materialTypeCode}\n%%EOF\n`], { type: 'application/pdf' }),
    'scan.pdf',
  );
  const token = await signUserToken(demoPeople.applicant, readConfig().userTokenSecret, '1h');
  const uploaded = (await (
    await fetch(hub!.gatewayUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: form,
    })
  ).json()) as GraphQLResponse;
  expect(uploaded.errors).toBeUndefined();
  const reviewed = await call(
    amr('reviewer'),
    'mutation ($input: ReviewMaterialInput!) { reviewMaterial(input: $input) { status } }',
    { input: { materialId: uploaded.data.uploadMaterial.id, decision: 'VERIFIED', problems: [] } },
  );
  expect(reviewed.errors).toBeUndefined();
}

async function sql<T>(query: string): Promise<T[]> {
  const client = new Client({
    connectionString: `postgres://postgres:onestop@127.0.0.1:${pgPort}/onestop`,
  });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: projectRoot(), stdio: 'ignore' });
}, 300_000);

afterAll(async () => {
  await stopLeftHubProcesses();
  rmSync(dataDirectory, { recursive: true, force: true });
}, 120_000);

it('ends every case once after kill -9 in the middle of 20 cases and retried requests', async () => {
  const env = { ONESTOP_PG_PORT: String(pgPort) };
  hub = await startHubProcess(dataDirectory, env);
  await verifiedMaterial('ARTICLES_OF_ASSOCIATION');
  await verifiedMaterial('LEGAL_REP_ID');
  // Not needed to apply (accepted under commitment), but no licence is delivered without it.
  await verifiedMaterial('PREMISES_PROOF');
  const keys = Array.from({ length: cases }, (_, index) => `kill-${index}`);

  // Round one: 20 applications at once; the hub is killed while they are in flight.
  const inFlight = keys.map((key) => apply(key).catch(() => null));
  await new Promise((resolve) => setTimeout(resolve, 400));
  hub.process.kill('SIGKILL');
  await hub.exited;
  const firstAnswers = await Promise.all(inFlight);

  hub = await startHubProcess(dataDirectory, env);
  const answers = await Promise.all(keys.map((key) => untilAnswered(() => apply(key))));
  for (const answer of answers) expect(answer.errors).toBeUndefined();
  const ids = answers.map((answer) => answer.data.applyOnline.id as string);
  expect(new Set(ids).size).toBe(cases);
  // A case answered before the kill is the case the retry gets.
  firstAnswers.forEach((first, index) => {
    if (first?.data?.applyOnline) expect(first.data.applyOnline.id).toBe(ids[index]);
  });

  // Every case is accepted and its AMR task opened, once, whatever the kill interrupted.
  const opened = async () => {
    for (let round = 0; round < 120; round += 1) {
      const read = await Promise.all(ids.map((id) => readCase(id)));
      if (read.every((response) => response.data?.case?.tasks?.length === 1)) {
        return read.map((response) => response.data.case);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('cases were not all opened');
  };
  const accepted = await opened();
  const taskIds = accepted.map((kase: any) => kase.tasks[0].id as string);

  // Round two: the department steps of every case at once, killed in the middle, then retried.
  const stepsOf = (taskId: string) => async () => {
    await step(amr('clerk'), 'amrAcceptTask', taskId);
    await step(amr('reviewer'), 'amrReviewTask', taskId, ', opinion: "Complies."');
    await step(amr('chief'), 'amrSignTask', taskId);
  };
  const waitForTasks = async () => {
    for (let round = 0; round < 120; round += 1) {
      const rows = await untilAnswered(() =>
        call(demoPeople.coordinator, '{ amrTasks(first: 1) { totalCount } }', {}),
      );
      if (rows.data?.amrTasks?.totalCount >= cases) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the AMR tasks were not all opened');
  };
  await waitForTasks();
  const steps = taskIds.map((taskId) => stepsOf(taskId)().catch(() => null));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  hub.process.kill('SIGKILL');
  await hub.exited;
  await Promise.all(steps);

  hub = await startHubProcess(dataDirectory, env);
  for (const taskId of taskIds) {
    const retried = async (who: Identity, field: string, extra = '') =>
      untilAnswered(() => step(who, field, taskId, extra));
    const current = await untilAnswered(() =>
      call(demoPeople.coordinator, `query ($id: ID!) { amrTask(id: $id) { status } }`, {
        id: taskId,
      }),
    );
    const status = current.data.amrTask.status as string;
    // The client sends again the step it had no answer for (the last one done, or the next),
    // then goes on: a step already done answers as it did.
    const plan = [
      () => retried(amr('clerk'), 'amrAcceptTask'),
      () => retried(amr('reviewer'), 'amrReviewTask', ', opinion: "Complies."'),
      () => retried(amr('chief'), 'amrSignTask'),
    ];
    const from = { OPEN: 0, ACCEPTED: 0, REVIEWED: 1, APPROVED: 2 }[status];
    expect(from).toBeDefined();
    for (const next of plan.slice(from)) expect((await next()).errors).toBeUndefined();
  }

  // Every case completes, once.
  for (let round = 0; round < 120; round += 1) {
    const read = await Promise.all(ids.map((id) => readCase(id)));
    if (read.every((response) => response.data?.case?.status === 'COMPLETED')) break;
    if (round === 119) throw new Error(JSON.stringify(read.map((r) => r.data?.case?.status)));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const idList = ids.map((id) => `'${id}'`).join(',');
  const taskList = taskIds.map((id) => `'${id}'`).join(',');
  expect(
    await sql(`select case_id from approvals.task where case_id in (${idList})
      group by case_id, department_code having count(*) <> 1`),
  ).toEqual([]);
  expect(
    await sql(`select task_id, kind from department_amr.department_task_step
      where task_id in (${taskList}) group by task_id, kind having count(*) <> 1`),
  ).toEqual([]);
  expect(
    await sql(`select task_id from department_amr.department_licence
      where task_id in (${taskList}) group by task_id having count(*) <> 1`),
  ).toEqual([]);
  expect(
    await sql<{ n: number }>(`select count(*)::int as n from department_amr.department_licence
      where task_id in (${taskList})`),
  ).toEqual([{ n: cases }]);
  expect(
    await sql(`select topic, key from events.event where key in (${taskList})
      and topic like 'department.task.%' group by topic, key having count(*) <> 1`),
  ).toEqual([]);
  // No step, join or completion is on a case's timeline twice (nothing in this flow repeats).
  expect(
    await sql(`select case_id, task_id, kind from approvals.timeline_entry
      where case_id in (${idList}) group by case_id, task_id, kind having count(*) <> 1`),
  ).toEqual([]);
  // One clock per case and per task in supervision, each case's task clock opened once.
  expect(
    await sql<{ n: number }>(`select count(*)::int as n from supervision.supervised_task
      where id in (${taskList})`),
  ).toEqual([{ n: cases }]);
  expect(
    await sql(`select subject_id, level from supervision.clock_warning
      where case_id in (${idList}) group by subject_id, level having count(*) <> 1`),
  ).toEqual([]);
  const chain = await call(demoPeople.supervisor, '{ auditChainVerification { valid } }', {});
  expect(chain.data).toEqual({ auditChainVerification: { valid: true } });
}, 900_000);
