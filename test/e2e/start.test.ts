import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../services/kit';
import { postGraphQL } from '../kit/graphql-client';

/**
 * `npm start` as a newcomer runs it: no DATABASE_URL, so an embedded PostgreSQL whose data
 * survives a restart, every subgraph, the gateway, and demo tokens printed.
 */
const root = projectRoot();
const dataDirectory = mkdtempSync(join(tmpdir(), 'onestop-start-'));

interface Started {
  process: ChildProcess;
  gatewayUrl: string;
  tokens: Record<string, string>;
}

function start(): Promise<Started> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/scripts/start.js'], {
    cwd: root,
    env: {
      ...env,
      ONESTOP_DATA_DIR: dataDirectory,
      ONESTOP_PG_PORT: String(50_000 + (process.pid % 5000)),
      ONESTOP_SUBGRAPH_PORTS: 'auto',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`not ready in 60 s:\n${output}`)), 60_000);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('Try:')) return;
      clearTimeout(timer);
      const gatewayUrl = /GraphQL endpoint.*: (\S+)/.exec(output)![1];
      const tokens = Object.fromEntries(
        [...output.matchAll(/^ {2}(\w+) +(eyJ\S+)$/gm)].map((m) => [m[1], m[2]]),
      );
      resolve({ process: child, gatewayUrl, tokens });
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.process.once('exit', (code) => resolve(code));
    started.process.kill('SIGINT');
  });
}

const caseCount = (started: Started) =>
  postGraphQL(
    started.gatewayUrl,
    { query: '{ cases { totalCount nodes { reference createdAt departments { name } } } }' },
    { authorization: `Bearer ${started.tokens.coordinator}` },
  );

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' });
});

afterAll(() => {
  rmSync(dataDirectory, { recursive: true, force: true });
});

it('starts on an embedded PostgreSQL, serves seeded data, and reuses it on a second start', async () => {
  const first = await start();
  expect(Object.keys(first.tokens)).toEqual(
    expect.arrayContaining(['applicant', 'windowClerk', 'coordinator', 'supervisor']),
  );
  const before = await caseCount(first);
  expect(before.data.cases.totalCount).toBe(2);
  expect(before.data.cases.nodes[0].departments.length).toBeGreaterThan(0);
  const stoppedAt = Date.now();
  expect(await stop(first)).toBe(0);
  expect(Date.now() - stoppedAt).toBeLessThan(5000);

  const second = await start();
  try {
    // Same creation times: the rows are the first run's, not seeded anew.
    expect(await caseCount(second)).toEqual(before);
  } finally {
    await stop(second);
  }
}, 120_000);
