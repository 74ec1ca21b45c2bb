import { readConfig, sqlStatements } from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { signUserToken } from '../../gateway/user-token';
import { startTestHub, type TestHub } from '../kit/hub';
import { errorCodes, postGraphQL } from '../kit/graphql-client';

const casesWithDepartments = /* GraphQL */ `
  {
    cases(first: 10) {
      totalCount
      nodes {
        title
        status
        departments {
          code
          name
        }
      }
    }
  }
`;

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ demoCases: true });
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

describe('the gateway', () => {
  it('joins cases from approvals with departments from center in one request', async () => {
    const response = await hub.query('coordinator', casesWithDepartments);
    expect(response.errors).toBeUndefined();
    const business = response.data.cases.nodes.find((node: { title: string }) =>
      node.title.startsWith('Riverside logistics canteen'),
    );
    expect(business.status).toBe('IN_PROGRESS');
    expect(business.departments).toEqual([
      { code: 'AMR', name: 'Administration for Market Regulation' },
      { code: 'EEB', name: 'Bureau of Ecology and Environment' },
    ]);
  });

  it('refuses @defer with a typed error rather than answer deferred fields wrongly', async () => {
    // The runtime's @defer (2.12.1, `deferStream`) answered deferred fields that cross subgraphs
    // with nulls and no error; until it holds, a client is told plainly instead.
    const response = await hub.query(
      'coordinator',
      `{ cases(first: 10) { nodes { reference ... @defer { departments { code } } } } }`,
    );
    expect(response.data).toBeUndefined();
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('serves public data without a token', async () => {
    const response = await hub.query(null, '{ department(code: "AMR") { name } }');
    expect(response.data).toEqual({
      department: { name: 'Administration for Market Regulation' },
    });
  });

  it('answers health and readiness checks', async () => {
    const base = hub.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthcheck`)).status).toBe(200);
    expect((await fetch(`${base}/readiness`)).status).toBe(200);
  });
});

describe('identity', () => {
  const { userTokenSecret } = readConfig();

  it('refuses a protected field to a caller with no token', async () => {
    const response = await hub.query(null, casesWithDepartments);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    // Root fields are nullable: the refused one is null, nothing of it leaks.
    expect(response.data).toEqual({ cases: null });
  });

  it('refuses an expired token', async () => {
    const expired = await signUserToken(
      demoPeople.coordinator,
      userTokenSecret,
      Math.floor(Date.now() / 1000) - 60,
    );
    const response = await postGraphQL(
      hub.gatewayUrl,
      { query: casesWithDepartments },
      { authorization: `Bearer ${expired}` },
    );
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0].message).toMatch(/expired/);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await signUserToken(demoPeople.coordinator, 'not-the-hub-secret');
    const response = await postGraphQL(
      hub.gatewayUrl,
      { query: casesWithDepartments },
      { authorization: `Bearer ${forged}` },
    );
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an unsigned token', async () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'x', roles: ['COORDINATOR'] })).toString(
      'base64url',
    );
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    const response = await postGraphQL(
      hub.gatewayUrl,
      { query: casesWithDepartments },
      { authorization: `Bearer ${unsigned}` },
    );
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a role that may not see every case', async () => {
    const response = await hub.query('applicant', casesWithDepartments);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
  // Direct calls to subgraphs and forged proofs: test/security/identity-proofs.test.ts.
});

describe('bad requests', () => {
  it('answers malformed JSON with a clear 400', async () => {
    const response = await postGraphQL(hub.gatewayUrl, '{"query": "{ departments');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(JSON.stringify(response)).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('names an unknown field', async () => {
    const response = await hub.query(null, '{ departments { nodes { colour } } }');
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/colour/);
  });

  it('refuses a query deeper than the limit before calling any subgraph', async () => {
    let selection = 'code';
    for (let level = 0; level < 13; level += 1) selection = `nodes { ${selection} }`;
    const response = await hub.query(null, `{ departments { ${selection} } }`);
    expect(errorCodes(response)).toContain('QUERY_TOO_DEEP');
  });

  it('refuses a query with too many tokens', async () => {
    const long = `{ departments { ${'nodes { code } '.repeat(800)} } }`;
    const response = await hub.query(null, long);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_LARGE']);
  });

  it('refuses a page size out of range without touching the database', async () => {
    let response: Awaited<ReturnType<TestHub['query']>> | undefined;
    const statements = await sqlStatements.during(async () => {
      response = await hub.query(null, '{ departments(first: 1000) { totalCount } }');
    });
    expect(errorCodes(response!)).toEqual(['BAD_USER_INPUT']);
    expect(statements).toBe(0);
  });

  it('refuses a cursor it never gave out', async () => {
    const response = await hub.query(null, '{ departments(after: "garbage") { totalCount } }');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
