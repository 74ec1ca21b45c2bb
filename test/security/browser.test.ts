import { center } from '../../services/center';
import { approvals } from '../../services/approvals';
import { errorCodes } from '../kit/graphql-client';
import { startTestHub, type TestHub } from '../kit/hub';

// Attacks: a page on another site reading answers with the visitor's credentials (CORS), or
// making the visitor's browser post a form or a multipart body (CSRF); probing the schema
// through "Did you mean" hints; reading internal addresses from a failed subgraph call.
let hub: TestHub;
const saved = { ...process.env };
const trusted = 'https://onestop.example.gov';

beforeAll(async () => {
  process.env.ONESTOP_CORS_ORIGINS = `${trusted}, https://window.example.gov`;
  hub = await startTestHub({ subgraphs: [center, approvals] });
});

afterAll(async () => {
  process.env = saved;
  await hub?.stop();
});

const post = (headers: Record<string, string>, body: BodyInit) =>
  fetch(hub.gatewayUrl, { method: 'POST', headers, body });

describe('CORS', () => {
  it('allows a configured origin, with credentials', async () => {
    const response = await post(
      { origin: trusted, 'content-type': 'application/json' },
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(response.headers.get('access-control-allow-origin')).toBe(trusted);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('never echoes another origin, on a preflight or a request', async () => {
    const preflight = await fetch(hub.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example.com',
    );
    const response = await post(
      { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(response.headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example.com',
    );
  });
});

describe('CSRF', () => {
  it('refuses a form-encoded post and a multipart post without a preflight header', async () => {
    const form = await post(
      {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Bearer ${await hub.tokenFor('centerAdmin')}`,
      },
      'query=%7B__typename%7D',
    );
    expect(form.status).toBe(403);
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: '{ __typename }' }));
    multipart.set('map', '{}');
    const response = await post(
      { authorization: `Bearer ${await hub.tokenFor('centerAdmin')}` },
      multipart,
    );
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).toMatch(/CSRF/);
  });

  it('refuses a GET without a preflight header, and takes one with it', async () => {
    const url = `${hub.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(403);
    const allowed = await fetch(url, { headers: { 'x-graphql-csrf': '1' } });
    expect(((await allowed.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
  });

  it('lets a multipart post with the header upload clients send through the CSRF check', async () => {
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: '{ __typename }' }));
    multipart.set('map', '{}');
    const response = await post({ 'apollo-require-preflight': 'true' }, multipart);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
  });
});

describe('security headers', () => {
  it('answers with nosniff, no referrer and no framing', async () => {
    const response = await post(
      { 'content-type': 'application/json' },
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('a failed subgraph call', () => {
  it('tells the client which service failed, not its address or the query sent to it', async () => {
    await hub.subgraph('approvals').stop();
    const response = await hub.query('coordinator', '{ cases(first: 1) { totalCount } }');
    expect(errorCodes(response)).toContain('DOWNSTREAM_SERVICE_ERROR');
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);
    expect(text).not.toMatch(/_entities|query \{|ECONNREFUSED/);
  });
});
