import { center } from '../../services/center';
import { errorCodes, postGraphQL } from '../kit/graphql-client';
import { startTestHub, type TestHub } from '../kit/hub';

// Attacks: 100 aliases of a full page in one request; one huge page nested in another; a client
// asking as fast as it can; guessing tokens at the gateway's speed.
let hub: TestHub;
const saved = { ...process.env };

beforeAll(async () => {
  process.env.ONESTOP_RATE_LIMIT = '40';
  process.env.ONESTOP_INVALID_TOKEN_LIMIT = '5';
  hub = await startTestHub({ subgraphs: [center] });
});

afterAll(async () => {
  process.env = saved;
  await hub?.stop();
});

const page = 'departments(first: 100) { nodes { code name } }';

describe('query cost', () => {
  it('refuses 100 aliases of a full page before any subgraph is called', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: ${page}`).join('\n');
    const response = await hub.query(null, `{ ${aliases} }`);
    expect(errorCodes(response)).toEqual(['TOO_MANY_ALIASES']);
    expect(response.data).toBeUndefined();
  });

  it('refuses full pages nested deep, whether the page size is written or sent as a variable', async () => {
    // Cost about 6,300 each at 100 a page: nine of them are over the limit of 50,000.
    const deep = (size: string) =>
      `departments(first: ${size}) { nodes { code name sections { code name department { code name sections { code name } } } } }`;
    const nine = (size: string) =>
      Array.from({ length: 9 }, (_, i) => `d${i}: ${deep(size)}`).join('\n');
    const written = await hub.query(null, `{ ${nine('100')} }`);
    expect(errorCodes(written)).toEqual(['QUERY_TOO_COSTLY']);
    const sent = await hub.query(null, `query ($size: Int!) { ${nine('$size')} }`, { size: 100 });
    expect(errorCodes(sent)).toEqual(['QUERY_TOO_COSTLY']);
    const small = await hub.query(null, `query ($size: Int!) { ${nine('$size')} }`, { size: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data.d8.nodes.length).toBeGreaterThan(0);
  });
});

describe('rate limits', () => {
  it('turns away a client that asks too often, and not another one', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 45; i += 1) {
      codes.push(
        ...errorCodes(await hub.query('coordinator', '{ departments(first: 1) { totalCount } }')),
      );
    }
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeLessThanOrEqual(5);
    const other = await hub.query('centerAdmin', '{ departments(first: 1) { totalCount } }');
    expect(other.errors).toBeUndefined();
  });

  it('throttles an address that keeps sending invalid tokens', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await postGraphQL(
        hub.gatewayUrl,
        { query: '{ departments { totalCount } }' },
        { authorization: `Bearer not.a.token${i}` },
      );
      codes.push(...errorCodes(response));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(3).fill('TOO_MANY_INVALID_TOKENS'));
    // Even a valid token from that address waits; anonymous reading does not.
    const valid = await hub.query('centerAdmin', '{ departments { totalCount } }');
    expect(errorCodes(valid)).toEqual(['TOO_MANY_INVALID_TOKENS']);
    const anonymous = await hub.query(null, '{ departments { totalCount } }');
    expect(anonymous.errors).toBeUndefined();
  });
});
