import { sqlStatements } from '../../services/kit';
import { Case } from '../../services/approvals/case/case.entity';
import { CaseStatus } from '../../services/approvals/case/case-status';
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
      status: CaseStatus.IN_PROGRESS,
      departmentCodes: departmentCodes.slice(0, 1 + (index % departmentCodes.length)),
    } as Case);
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
  // page + count in approvals, one batched department lookup in center
  expect(five.statements).toBe(3);
});
