import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../services/kit';
import { postGraphQL } from '../kit/graphql-client';
import {
  startHubProcess,
  stopHubProcess,
  stopLeftHubProcesses,
  type StartedHub,
} from '../kit/npm-start';

/**
 * `npm start` as a newcomer runs it: no DATABASE_URL, so an embedded PostgreSQL whose data
 * survives a restart, every subgraph, the gateway, and demo tokens printed.
 */
const dataDirectory = mkdtempSync(join(tmpdir(), 'onestop-start-'));

const caseCount = (started: StartedHub) =>
  postGraphQL(
    started.gatewayUrl,
    { query: '{ cases { totalCount nodes { reference createdAt departments { name } } } }' },
    { authorization: `Bearer ${started.tokens.coordinator}` },
  );

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build:services'], { cwd: projectRoot(), stdio: 'ignore' });
});

afterAll(async () => {
  await stopLeftHubProcesses();
  rmSync(dataDirectory, { recursive: true, force: true });
});

it('starts on an embedded PostgreSQL, serves seeded data, and reuses it on a second start', async () => {
  const first = await startHubProcess(dataDirectory);
  expect(Object.keys(first.tokens)).toEqual(
    expect.arrayContaining(['applicant', 'windowClerk', 'coordinator', 'supervisor']),
  );
  // The README's commands read the tokens from the file npm start writes.
  const tokensFile = readFileSync(join(projectRoot(), '.data', 'demo-tokens.env'), 'utf8');
  expect(tokensFile).toContain(`COORDINATOR_TOKEN=${first.tokens.coordinator}\n`);
  expect(tokensFile).toContain(`WINDOW_CLERK_TOKEN=${first.tokens.windowClerk}\n`);
  const before = await caseCount(first);
  // The demo cases (scripts/demo-cases.ts), made through the graph once the hub is up.
  expect(before.data.cases.totalCount).toBe(3);
  expect(before.data.cases.nodes[0].departments.length).toBeGreaterThan(0);
  const stoppedAt = Date.now();
  expect(await stopHubProcess(first)).toBe(0);
  expect(Date.now() - stoppedAt).toBeLessThan(5000);

  const second = await startHubProcess(dataDirectory);
  try {
    // Same creation times: the rows are the first run's, not seeded anew.
    expect(await caseCount(second)).toEqual(before);
  } finally {
    await stopHubProcess(second);
  }
}, 240_000);
