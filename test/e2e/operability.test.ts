import { postGraphQL } from '../kit/graphql-client';
import { startTestHub, type TestHub } from '../kit/hub';

/** What an operator reads: the gateway's readiness, and one JSON log line per event. */
let hub: TestHub;
let lines: Record<string, any>[] = [];
let write: jest.SpyInstance;

beforeAll(async () => {
  hub = await startTestHub();
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

beforeEach(() => {
  process.env.ONESTOP_LOG_LEVEL = 'info';
  lines = [];
  write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  });
});

afterEach(() => write.mockRestore());

const base = () => hub.gatewayUrl.replace(/\/graphql$/, '');

it('logs an expected refusal at info, as JSON naming the request, in the gateway and the subgraph', async () => {
  const response = await postGraphQL(
    hub.gatewayUrl,
    { query: '{ cases(first: 1) { totalCount } }' },
    { 'x-request-id': 'refusal-under-test' },
  );
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const logged = lines.filter((line) => line.requestId === 'refusal-under-test');
  expect(logged.map((line) => [line.service, line.level])).toEqual(
    expect.arrayContaining([
      ['gateway', 'info'],
      ['approvals', 'info'],
    ]),
  );
  expect(logged.every((line) => line.extensions.code === 'UNAUTHENTICATED')).toBe(true);
  expect(lines.filter((line) => line.level === 'error')).toEqual([]);
});

it('logs nothing below ONESTOP_LOG_LEVEL', async () => {
  process.env.ONESTOP_LOG_LEVEL = 'warn';
  try {
    await postGraphQL(hub.gatewayUrl, { query: '{ cases(first: 1) { totalCount } }' });
    expect(lines).toEqual([]);
  } finally {
    process.env.ONESTOP_LOG_LEVEL = 'info';
  }
});

it('is ready only while every subgraph it routes to is ready, and names the one that is not', async () => {
  const ready = await fetch(`${base()}/readiness`);
  expect(ready.status).toBe(200);
  const body = await ready.json();
  expect(body.status).toBe('ready');
  expect(Object.keys(body.subgraphs)).toEqual(expect.arrayContaining(['center', 'supervision']));

  await hub.subgraph('supervision').stop();
  const notReady = await fetch(`${base()}/readiness`);
  expect(notReady.status).toBe(503);
  const states = (await notReady.json()).subgraphs;
  expect(states.supervision).toBe('unreachable');
  expect(states.center).toBe('ready');
  // Liveness is the gateway's own: it still answers.
  expect((await fetch(`${base()}/healthcheck`)).status).toBe(200);
});
