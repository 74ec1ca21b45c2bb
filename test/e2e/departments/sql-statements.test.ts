import { randomUUID } from 'node:crypto';
import { publishEvent, sqlStatements } from '../../../services/kit';
import type { TestHub } from '../../kit/hub';
import { accept, applicantId, review, sign, startDepartmentHub } from './department-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startDepartmentHub();
  const taskIds = Array.from({ length: 50 }, () => randomUUID());
  await hub
    .subgraph('center')
    .orm.em.fork()
    .transactional(async (tx) => {
      for (const [index, taskId] of taskIds.entries()) {
        await publishEvent(tx, {
          topic: 'approvals.task.opened',
          key: taskId,
          payload: {
            caseId: randomUUID(),
            caseReference: `OS-2026-${String(index).padStart(6, '0')}`,
            taskId,
            departmentCode: 'DRC',
            applicantId,
            items: [
              {
                code: 'DRC-001',
                version: 1,
                name: 'Project filing',
                steps: [],
                meetingBeforeSign: false,
                promisedLimitDays: 5,
              },
              {
                code: 'DRC-002',
                version: 3,
                name: 'Energy review',
                steps: [],
                meetingBeforeSign: false,
                promisedLimitDays: 5,
              },
            ],
            materialTypeCodes: ['PROJECT_PROPOSAL'],
            openedAt: new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString(),
            deadlineOn: '2026-11-20',
          },
        });
      }
    });
  await hub.settle();
  // Every listed task carries a timeline, a project and a sealed licence; ten at a time.
  for (let start = 0; start < taskIds.length; start += 10) {
    await Promise.all(taskIds.slice(start, start + 10).map(runThrough));
  }
}, 300_000);

async function runThrough(taskId: string) {
  expect((await accept(hub, 'windowClerk', 'DRC', taskId)).errors).toBeUndefined();
  const recorded = await hub.query(
    'departmentReviewer',
    `mutation ($taskId: ID!) {
      drcRecordProject(taskId: $taskId, project: {
        projectCode: "2026-330100-44-01-000123", totalInvestment: "1200.50", procedure: FILING
      }) { taskId }
    }`,
    { taskId },
  );
  expect(recorded.errors).toBeUndefined();
  expect((await review(hub, 'departmentReviewer', 'DRC', taskId)).errors).toBeUndefined();
  expect((await sign(hub, 'chiefRepresentative', 'DRC', taskId)).errors).toBeUndefined();
}

afterAll(async () => {
  await hub?.stop();
});

async function costOfTasks(first: number) {
  const query = `query ($first: Int!) {
    drcTasks(first: $first) {
      totalCount
      nodes {
        id status caseReference items { code version } meeting { heldOn }
        timeline { kind by at }
        licence { serial content signature }
        project { projectCode totalInvestment procedure }
      }
    }
  }`;
  let nodes: any[] = [];
  const statements = await sqlStatements.during(async () => {
    const response = await hub.query('departmentReviewer', query, { first });
    expect(response.errors).toBeUndefined();
    nodes = response.data.drcTasks.nodes;
  });
  return { statements, nodes };
}

it('costs the same number of SQL statements for 5 tasks as for 50, with everything on them', async () => {
  const five = await costOfTasks(5);
  const fifty = await costOfTasks(50);
  expect(five.nodes).toHaveLength(5);
  expect(fifty.nodes).toHaveLength(50);
  for (const node of fifty.nodes) {
    expect(node.status).toBe('APPROVED');
    expect(node.timeline).toHaveLength(4);
    expect(node.licence.serial).toMatch(/^DRC-2026-/);
    expect(node.project.projectCode).toBe('2026-330100-44-01-000123');
  }
  expect(fifty.statements).toBe(five.statements);
  // the registry check of the reader (staff member, permits), page + count, then one batched
  // query each for timelines, licences and projects
  expect(five.statements).toBe(7);
});
