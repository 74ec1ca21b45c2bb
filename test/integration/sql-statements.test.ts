import { sqlStatements } from '../../services/kit';
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
