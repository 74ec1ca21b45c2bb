import {
  applicantOf,
  applyAndSettle,
  riverside,
  startApprovalsHub,
  type ApprovalsHub,
} from './approvals/approvals-hub';

let hub: ApprovalsHub;
let reference: string;

beforeAll(async () => {
  hub = await startApprovalsHub();
  reference = (await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR')).reference;
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

const applicant = applicantOf(riverside);

const myCasesWithDepartments = /* GraphQL */ `
  {
    myCases(first: 5) {
      nodes {
        reference
        status
        tasks {
          status
          department {
            code
            name
          }
        }
      }
    }
  }
`;

it('answers the fields the caller may see beside a refused root field, with the refusal typed', async () => {
  const response = await hub.query(
    applicant,
    `{
      myCases(first: 5) { nodes { reference } }
      supervisedCases(first: 5) { totalCount }
    }`,
  );
  expect(response.status).toBe(200);
  expect(response.data?.supervisedCases).toBeNull();
  expect(response.data?.myCases.nodes.map((node: any) => node.reference)).toContain(reference);
  expect(response.errors).toEqual([
    expect.objectContaining({
      path: ['supervisedCases'],
      extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
    }),
  ]);
}, 60_000);

it('answers the first mutation when a second one in the same request is refused', async () => {
  const response = await hub.query(
    applicant,
    `mutation ($key: String!) {
      first: applyOnline(input: { subjectKind: BUNDLE, subjectCode: "TST-PAIR", title: "Pair", idempotencyKey: $key }) { reference }
      second: applyOnline(input: { subjectKind: BUNDLE, subjectCode: "NO-SUCH-BUNDLE", title: "None", idempotencyKey: "other-key" }) { reference }
    }`,
    { key: `partial-${Date.now()}` },
  );
  expect(response.data?.first?.reference).toMatch(/^OS-/);
  expect(response.data?.second).toBeNull();
  expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
    [['second'], 'SUBJECT_NOT_PUBLISHED'],
  ]);
}, 60_000);

it('answers what the other subgraphs hold while the center is down, the center’s part null with an error', async () => {
  const before = await hub.query(applicant, myCasesWithDepartments);
  expect(before.errors).toBeUndefined();
  expect(before.data.myCases.nodes[0].tasks[0].department.name).toEqual(expect.any(String));

  await hub.subgraph('center').stop();
  const response = await hub.query(applicant, myCasesWithDepartments);
  expect(response.status).toBe(200);
  const kase = response.data?.myCases?.nodes.find((node: any) => node.reference === reference);
  expect(kase).toMatchObject({ reference, status: 'IN_PROGRESS' });
  expect(kase.tasks.length).toBeGreaterThan(0);
  for (const task of kase.tasks) {
    expect(task.status).toEqual(expect.any(String));
    expect(task.department).toBeNull();
  }
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).toBe('SUBREQUEST_HTTP_ERROR');
  }
}, 60_000);
