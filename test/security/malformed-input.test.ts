import { center } from '../../services/center';
import { materials } from '../../services/materials';
import { approvals } from '../../services/approvals';
import { supervision } from '../../services/supervision';
import { drc } from '../../services/departments/drc';
import { gatewayProofHeaders } from '../kit/gateway-proof';
import { errorCodes, postGraphQL, type GraphQLResponse } from '../kit/graphql-client';
import { startTestHub, type Caller, type TestHub } from '../kit/hub';
import { demoPeople } from '../../services/demo-people';
import { observe } from '../kit/observe';

// Attacks: ids that are no UUIDs, crafted or garbage cursors, NUL characters. Each once reached
// PostgreSQL, which answered with a cast or encoding error the hub logged with its stack trace.
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center, materials, approvals, supervision, drc] });
  await hub.settle();
});

afterAll(() => hub?.stop());

/** The marker a probe carries, so the statements PostgreSQL received can be searched for it. */
const marker = 'probe7f3a';

/** Sends `query` and checks the refusal: BAD_USER_INPUT, no data, no statement, no stack. */
async function refused(
  caller: Caller,
  query: string,
  variables?: Record<string, unknown>,
  mark = marker,
): Promise<GraphQLResponse> {
  const { result, sql, logLines } = await observe(() => hub.query(caller, query, variables));
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
  expect(sql.filter((statement) => statement.includes(mark))).toEqual([]);
  expect(logLines.filter((line) => /"level":"error"|"stack"/.test(line))).toEqual([]);
  expect(JSON.stringify(result)).not.toMatch(/stack|select |sql/i);
  return result;
}

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('ids that are no UUIDs', () => {
  const bad = `${marker}-not-a-uuid`;

  it('are refused in any subgraph, literal or variable, as an argument or an input field', async () => {
    const response = await refused('coordinator', `{ case(id: "${bad}") { id } }`);
    expect(response.errors![0].extensions).toMatchObject({
      details: { argument: 'Query.case(id:)' },
    });
    expect(response.errors![0].message).not.toContain(bad);
    await refused('coordinator', `query ($id: ID!) { material(id: $id) { id } }`, { id: bad });
    await refused('coordinator', `query ($id: ID!) { drcTask(id: $id) { id } }`, { id: bad });
    await refused('supervisor', `{ supervisedCase(id: "${bad}") { id } }`);
    // A String argument naming a record is an id too.
    await refused('supervisor', `{ violations(caseId: "${bad}") { totalCount } }`);
    await refused('applicant', `mutation { withdrawCase(caseId: "${bad}") { id } }`);
    await refused(
      'departmentReviewer',
      `mutation ($input: ReviewMaterialInput!) { reviewMaterial(input: $input) { id } }`,
      { input: { materialId: bad, decision: 'VERIFIED' } },
    );
    await refused('centerAdmin', `mutation { revokeSeal(id: "${bad}", reason: "x") { id } }`);
  });

  it('are refused by a subgraph called past the gateway too', async () => {
    const query = `{ case(id: "${bad}") { id } }`;
    const direct = await postGraphQL(
      hub.subgraph('approvals').url,
      { query },
      await gatewayProofHeaders(demoPeople.coordinator, 'approvals', query),
    );
    expect(errorCodes(direct)).toEqual(['BAD_USER_INPUT']);
  });

  it('still answers null for a well-formed id that names nothing, after asking PostgreSQL', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const { result, sql } = await observe(() =>
      hub.query('coordinator', `{ case(id: "${unknown}") { id } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.case).toBeNull();
    // The recorder sees what reaches PostgreSQL, so its silence above means something.
    expect(sql.some((statement) => statement.includes(unknown))).toBe(true);
  });
});

describe('cursors this list never gave out', () => {
  it('are refused: garbage, another shape, operators, wrong types', async () => {
    const garbage = [
      `${marker}!!`,
      Buffer.from(`${marker} not json`).toString('base64url'),
      cursorOf({ [marker]: 1 }),
      cursorOf([marker]),
      cursorOf([{ $gt: marker }, { $ne: marker }]),
      cursorOf([`${marker}T00:00:00.000Z`, `${marker}`]),
      cursorOf(['2026-01-01T00:00:00.000Z', `${marker}-0000-4000-8000-000000000000`]),
      cursorOf([`${marker}\u0000`]),
    ];
    for (const after of garbage) {
      await refused(
        'coordinator',
        `query ($after: String) { cases(first: 5, after: $after) { nodes { id } } }`,
        { after },
      );
    }
    await refused(
      'supervisor',
      `{ violations(after: "${cursorOf([1, 2])}") { totalCount } }`,
      {},
      '[1,2]',
    );
    await refused(null, `{ departments(after: "${cursorOf([{ $ne: marker }])}") { totalCount } }`);
    await refused(null, `{ items(after: "${cursorOf([marker, 7])}") { totalCount } }`);
    await refused(null, `{ items(before: "${cursorOf([marker, 7])}") { totalCount } }`);
    await refused(null, `{ departments(last: 1, before: "${marker}!") { totalCount } }`);
    await refused(null, `{ departments(first: 1, last: 1) { totalCount } }`);
    await refused(null, `{ departments(last: 0) { totalCount } }`);
  });

  it('still pages with the cursors a list gives out', async () => {
    const page = `query ($after: String) { departments(first: 1, after: $after) { nodes { code } pageInfo { endCursor } } }`;
    const first = await hub.query(null, page);
    expect(first.errors).toBeUndefined();
    const second = await hub.query(null, page, {
      after: first.data.departments.pageInfo.endCursor,
    });
    expect(second.errors).toBeUndefined();
    expect(second.data.departments.nodes[0].code).not.toBe(first.data.departments.nodes[0].code);
  });

  it('pages backwards with last and before to the same entries as forwards', async () => {
    const forwards = `{ departments(first: 100) { nodes { code } } }`;
    const codes = (await hub.query(null, forwards)).data.departments.nodes.map(
      (node: { code: string }) => node.code,
    );
    const page = `query ($before: String) { departments(last: 2, before: $before) { nodes { code } pageInfo { hasPreviousPage hasNextPage startCursor } } }`;
    const backwards: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const { data, errors } = await hub.query(null, page, { before });
      expect(errors).toBeUndefined();
      const connection = data.departments;
      backwards.unshift(...connection.nodes.map((node: { code: string }) => node.code));
      expect(connection.pageInfo.hasNextPage).toBe(before !== undefined);
      if (!connection.pageInfo.hasPreviousPage) break;
      before = connection.pageInfo.startCursor;
    }
    expect(codes.length).toBeGreaterThan(2);
    expect(backwards).toEqual(codes);
  });
});

describe('NUL characters', () => {
  it('are refused in any string argument before any work', async () => {
    const nul = `${marker}\u0000`;
    await refused(null, `query ($s: String!) { licence(serial: $s) { issuedAt } }`, { s: nul });
    await refused(null, `query ($d: String) { items(departmentCode: $d) { totalCount } }`, {
      d: nul,
    });
    await refused('supervisor', `query ($s: ID!) { staffMember(subject: $s) { name } }`, {
      s: nul,
    });
    await refused(
      'applicant',
      `mutation ($input: ApplicationInput!) { applyOnline(input: $input) { id } }`,
      { input: { subjectKind: 'ITEM', subjectCode: 'DRC-001', title: nul, idempotencyKey: 'k1' } },
    );
  });
});
