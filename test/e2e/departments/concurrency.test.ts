import { gatewayVerifyingKey, readConfig, startSubgraph } from '../../../services/kit';
import { drc } from '../../../services/departments/drc';
import { errorCodes } from '../../kit/graphql-client';
import type { TestHub } from '../../kit/hub';
import {
  accept,
  departmentEvents,
  openTask,
  publishWithoutSettling,
  readTask,
  reject,
  review,
  sign,
  sql,
  startDepartmentHub,
} from './department-hub';

let hub: TestHub;

// Six subgraphs to migrate and seed: slower than one test when the machine is busy.
beforeAll(async () => {
  hub = await startDepartmentHub();
  await hub.settle();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

async function reviewedTask() {
  const opened = await openTask(hub, 'DRC');
  expect((await accept(hub, 'windowClerk', 'DRC', opened.taskId)).errors).toBeUndefined();
  expect((await review(hub, 'departmentReviewer', 'DRC', opened.taskId)).errors).toBeUndefined();
  return opened;
}

const outcome = (response: { errors?: unknown[]; data?: any }) =>
  response.errors ? errorCodes(response as never).join() : response.data.review.status;

// The same chief's two sign-offs are one request sent twice: both answer the one approval.
it('seals one licence for two simultaneous sign-offs', async () => {
  for (let round = 0; round < 5; round += 1) {
    const { taskId } = await reviewedTask();
    const results = await Promise.all([
      sign(hub, 'chiefRepresentative', 'DRC', taskId),
      sign(hub, 'chiefRepresentative', 'DRC', taskId),
    ]);
    expect(results.map(outcome)).toEqual(['APPROVED', 'APPROVED']);
    expect(results[0].data.review.licence).toEqual(results[1].data.review.licence);
    const licences = await sql(
      hub,
      'select serial from department_drc.department_licence where task_id = ?',
      [taskId],
    );
    expect(licences).toHaveLength(1);
    const approved = (await departmentEvents(hub, taskId)).filter(
      (event) => event.topic === 'department.task.approved',
    );
    expect(approved).toHaveLength(1);
    expect(approved[0].payload.licences.map((l: any) => l.serial)).toEqual([licences[0].serial]);
  }
}, 120_000);

it('lets exactly one of a sign-off and a rejection win', async () => {
  const { taskId } = await reviewedTask();
  const results = await Promise.all([
    sign(hub, 'chiefRepresentative', 'DRC', taskId),
    reject(hub, 'departmentReviewer', 'DRC', taskId, ['Investment figures do not add up.']),
  ]);
  const outcomes = results.map(outcome);
  expect(outcomes.filter((result) => result === 'CONFLICT')).toHaveLength(1);
  const winner = outcomes.find((result) => result !== 'CONFLICT');
  expect((await readTask(hub, 'DRC', taskId)).status).toBe(winner);
  const decisions = (await departmentEvents(hub, taskId)).filter((event) =>
    ['department.task.approved', 'department.task.rejected'].includes(event.topic),
  );
  expect(decisions).toHaveLength(1);
});

it('ends a sign-off racing a cancellation cancelled, its licence void, whichever came first', async () => {
  for (let round = 0; round < 3; round += 1) {
    const { taskId, caseId } = await reviewedTask();
    await publishWithoutSettling(hub, {
      topic: 'approvals.task.cancelled',
      key: taskId,
      payload: {
        caseId,
        taskId,
        departmentCode: 'DRC',
        reason: 'CASE_REJECTED',
        at: new Date().toISOString(),
      },
    });
    const [signed] = await Promise.all([
      sign(hub, 'chiefRepresentative', 'DRC', taskId),
      hub.settle(),
    ]);
    await hub.settle();
    const task = await readTask(hub, 'DRC', taskId);
    const kinds = task.timeline.map((entry: { kind: string }) => entry.kind);
    // The joint approval cancelled the task: its word is final, before or after the sign-off.
    if (signed.errors) expect(errorCodes(signed)).toEqual(['CONFLICT']);
    expect(task.status).toBe('CANCELLED');
    expect(task.licence).toBeNull();
    expect(kinds.at(-1)).toBe('CANCELLED');
    const standing = await sql(
      hub,
      'select serial from department_drc.department_licence where task_id = ? and voided_at is null',
      [taskId],
    );
    expect(standing).toEqual([]);
  }
}, 120_000);

it('generates one seal however many replicas start at once', async () => {
  const replicas = await Promise.all(
    [1, 2, 3].map(() =>
      startSubgraph(drc, {
        databaseUrl: hub.subgraphDatabaseUrls.department_drc,
        gatewayPublicKey: gatewayVerifyingKey(readConfig()),
        port: 0,
      }),
    ),
  );
  // Let each replica's first delivery round finish before its pool closes.
  await Promise.all(replicas.map((replica) => replica.drainEvents()));
  await Promise.all(replicas.map((replica) => replica.stop()));
  expect(await sql(hub, 'select id from department_drc.seal_key')).toHaveLength(1);
  expect(
    await sql(
      hub,
      `select 1 from events.event where topic = 'department.seal.generated' and key = 'DRC'`,
    ),
  ).toHaveLength(1);
});
