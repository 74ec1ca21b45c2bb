import { randomUUID } from 'node:crypto';
import { publishEvent, sqlStatements } from '../../services/kit';
import { Case } from '../../services/approvals/case/case.entity';
import { CaseChannel } from '../../services/kit';
import { CaseStatus } from '../../services/approvals/case/case-status';
import { SubjectKind } from '../../services/approvals/case/subject-kind';
import { startTestHub, type TestHub } from '../kit/hub';

const departmentCodes = ['DRC', 'NRP', 'EEB', 'HCB', 'AMR'];

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  const em = hub.subgraph('approvals').orm.em.fork();
  for (let index = 0; index < 60; index += 1) {
    em.create(Case, {
      reference: `OS-TEST-${String(index).padStart(4, '0')}`,
      title: `Test case ${index}`,
      applicantId: '50e2c72a-81d3-42af-a59c-b3c9e16dd83f',
      subjectKind: SubjectKind.BUNDLE,
      subjectCode: 'TEST',
      subjectVersion: 1,
      channel: CaseChannel.ONLINE,
      submittedBy: 'test',
      idempotencyKey: `test-${index}`,
      status: CaseStatus.IN_PROGRESS,
      items: [],
      requirements: [],
      timeLimitDays: 10,
      departmentCodes: departmentCodes.slice(0, 1 + (index % departmentCodes.length)),
    } as unknown as Case);
  }
  await em.flush();
});

afterAll(async () => {
  await hub?.stop();
});

async function costOfCases(first: number) {
  const query = `query ($first: Int!) {
    cases(first: $first) { nodes { reference departments { code name createdAt } } }
  }`;
  let nodes: { departments: unknown[] }[] = [];
  const statements = await sqlStatements.during(async () => {
    const response = await hub.query('coordinator', query, { first });
    expect(response.errors).toBeUndefined();
    nodes = response.data.cases.nodes;
  });
  return { statements, nodes };
}

it('costs the same number of SQL statements for 5 cases as for 50, departments included', async () => {
  const five = await costOfCases(5);
  const fifty = await costOfCases(50);
  expect(five.nodes).toHaveLength(5);
  expect(fifty.nodes).toHaveLength(50);
  expect(fifty.nodes.flatMap((node) => node.departments).length).toBeGreaterThan(100);
  expect(fifty.statements).toBe(five.statements);
  // the page in approvals, one batched department lookup in center; no count, none was asked
  expect(five.statements).toBe(2);
});

it('counts the whole list only when the client asks for totalCount', async () => {
  const query = '{ cases(first: 5) { totalCount nodes { reference } } }';
  let totalCount = 0;
  const statements = await sqlStatements.during(async () => {
    totalCount = (await hub.query('coordinator', query)).data.cases.totalCount;
  });
  expect(totalCount).toBe(60);
  expect(statements).toBe(2);
});

describe("a department's desk with the links beside its reviews' ids", () => {
  const riverside = '50e2c72a-81d3-42af-a59c-b3c9e16dd83f';

  beforeAll(async () => {
    // Ten of the cases accepted, each with a DRC task its window clerk accepted.
    const em = hub.subgraph('approvals').orm.em.fork();
    const cases = await em.find(Case, {}, { orderBy: { reference: 'asc' }, limit: 10 });
    for (const kase of cases) kase.acceptedAt = new Date();
    await em.flush();
    const taskIds = cases.map(() => randomUUID());
    await em.transactional(async (tx) => {
      for (const [index, kase] of cases.entries()) {
        await publishEvent(tx, {
          topic: 'approvals.task.opened',
          key: taskIds[index],
          payload: {
            caseId: kase.id,
            caseReference: kase.reference,
            taskId: taskIds[index],
            departmentCode: 'DRC',
            applicantId: riverside,
            items: [
              {
                code: 'DRC-001',
                version: 1,
                name: 'Project filing',
                steps: [
                  { kind: 'ACCEPT', name: 'Accept' },
                  { kind: 'REVIEW', name: 'Review' },
                  { kind: 'SIGN', name: 'Sign' },
                ],
                meetingBeforeSign: false,
                promisedLimitDays: 5,
              },
            ],
            materialTypeCodes: ['BUSINESS_LICENCE', 'FIRE_SAFETY_DESIGN'],
            openedAt: new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString(),
            deadlineOn: '2026-11-20',
          },
        });
      }
    });
    await hub.settle();
    for (const taskId of taskIds) {
      const accepted = await hub.query(
        'windowClerk',
        'mutation ($taskId: ID!) { drcAcceptTask(taskId: $taskId) { status } }',
        { taskId },
      );
      expect(accepted.errors).toBeUndefined();
    }
  });

  async function costOfDesk(first: number) {
    const query = `query ($first: Int!) {
      drcTasks(first: $first) {
        nodes {
          caseReference
          case { reference }
          applicant { name }
          materialTypes { name }
          acceptedByStaff { name }
          items { item { name } }
          timeline { byStaff { name } }
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

  it('costs the same SQL statements for 2 reviews as for 10, case, applicant, material types, items and staff included', async () => {
    const two = await costOfDesk(2);
    const ten = await costOfDesk(10);
    expect(two.nodes).toHaveLength(2);
    expect(ten.nodes).toHaveLength(10);
    for (const node of ten.nodes) {
      expect(node.case.reference).toBe(node.caseReference);
      expect(node.applicant.name).toEqual(expect.any(String));
      expect(node.materialTypes).toHaveLength(2);
      expect(node.acceptedByStaff.name).toEqual(expect.any(String));
      expect(node.items[0].item.name).toEqual(expect.any(String));
      expect(node.timeline.map((step: any) => step.byStaff?.name ?? null)).toContain(
        node.acceptedByStaff.name,
      );
    }
    expect(ten.statements).toBe(two.statements);
    // the department: the reader's registry check (staff member, permits), the page and one
    // batched step lookup; approvals: one batched case lookup; materials: the reader's registry
    // check once, one batched applicant and one batched material type lookup; the center: one
    // batched staff lookup (who accepted and who took each step) and one batched item lookup
    expect(two.statements).toBe(11);
  });
});
