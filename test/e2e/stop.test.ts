import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { projectRoot } from '../../services/kit';
import { postGraphQL } from '../kit/graphql-client';
import {
  ownPostgresPort,
  spawnStart,
  startHubProcess,
  stopHubProcess,
  stopLeftHubProcesses,
  type StartedHub,
} from '../kit/npm-start';

/**
 * How `npm start` stops and starts again: a drain on SIGTERM that fails no committed request and
 * floods nothing, a SIGKILL that leaves nothing in the way of the next start, and one clear line
 * for what the operator must fix.
 */
const dataDirectory = mkdtempSync(join(tmpdir(), 'onestop-stop-'));

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build:services'], { cwd: projectRoot(), stdio: 'ignore' });
});

afterAll(async () => {
  await stopLeftHubProcesses();
  rmSync(dataDirectory, { recursive: true, force: true });
});

const caseTotal = async (hub: StartedHub) => {
  const response = await postGraphQL(
    hub.gatewayUrl,
    { query: '{ cases { totalCount } }' },
    { authorization: `Bearer ${hub.tokens.coordinator}` },
  );
  return response.data.cases.totalCount as number;
};

const apply = (hub: StartedHub, idempotencyKey: string) =>
  postGraphQL(
    hub.gatewayUrl,
    {
      query: 'mutation ($input: ApplicationInput!) { applyOnline(input: $input) { id } }',
      variables: {
        input: {
          subjectKind: 'BUNDLE',
          subjectCode: 'START-CONSTRUCTION',
          title: 'Warehouse extension',
          idempotencyKey,
        },
      },
    },
    { authorization: `Bearer ${hub.tokens.applicant}` },
  );

type Outcome = 'answered' | 'refused' | 'failed';

it('drains on SIGTERM: no committed request fails, nothing floods the terminal', async () => {
  const hub = await startHubProcess(dataDirectory);
  const before = await caseTotal(hub);

  // Requests keep arriving while the hub stops: those in flight must finish, later ones may
  // only be refused before they reach it.
  const outcomes: Outcome[] = [];
  let sending = true;
  const client = async () => {
    while (sending) {
      try {
        const response = await apply(hub, randomUUID());
        if (response.status === 503 && response.errors?.[0].extensions?.code === 'SHUTTING_DOWN') {
          // Refused before any work, on a connection kept alive from before the stop.
          outcomes.push('refused');
          return;
        }
        outcomes.push(response.errors ? 'failed' : 'answered');
        if (response.errors) console.error(JSON.stringify(response.errors));
      } catch {
        // The connection was refused or closed without an answer.
        outcomes.push('refused');
        return;
      }
    }
  };
  const clients = Array.from({ length: 8 }, client);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const exitCode = stopHubProcess(hub, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  sending = false;
  await Promise.all(clients);
  expect(await exitCode).toBe(0);

  const answered = outcomes.filter((outcome) => outcome === 'answered').length;
  expect(answered).toBeGreaterThan(0);
  expect(outcomes.filter((outcome) => outcome === 'failed')).toEqual([]);
  const output = hub.stdout() + hub.stderr();
  expect(output).not.toMatch(/error|terminating connection|aborted|shutting/i);

  // Every case the database kept was answered: no request committed and then failed.
  const again = await startHubProcess(dataDirectory);
  try {
    expect(await caseTotal(again)).toBe(before + answered);
  } finally {
    await stopHubProcess(again);
  }
}, 300_000);

it('starts again after the hub was killed with SIGKILL, on the same data', async () => {
  const hub = await startHubProcess(dataDirectory);
  const before = await caseTotal(hub);
  hub.process.kill('SIGKILL');
  await hub.exited;

  const again = await startHubProcess(dataDirectory);
  try {
    expect(again.stdout()).toMatch(/Stopped the PostgreSQL an earlier run left running/);
    expect(await caseTotal(again)).toBe(before);
  } finally {
    expect(await stopHubProcess(again)).toBe(0);
  }
}, 300_000);

it('refuses to take over the database of a hub that still runs', async () => {
  const hub = await startHubProcess(dataDirectory);
  try {
    const second = spawnStart(dataDirectory, { ONESTOP_PG_PORT: String(ownPostgresPort(1)) });
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim()).toBe(
      `Another OneStop hub (pid ${hub.process.pid}) runs its database on ${dataDirectory}: ` +
        'stop it first, or give this one another ONESTOP_DATA_DIR.',
    );
    expect(await caseTotal(hub)).toBeGreaterThan(0);
  } finally {
    await stopHubProcess(hub);
  }
}, 300_000);

it('names the PostgreSQL port the operator chose when another program holds it', async () => {
  const port = ownPostgresPort(2);
  const holder: Server = createServer();
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  try {
    const started = spawnStart(dataDirectory, { ONESTOP_PG_PORT: String(port) });
    expect(await started.exited).toBe(1);
    expect(started.stderr().trim()).toBe(
      `Port ${port} (ONESTOP_PG_PORT) is taken by another program: choose a free port for the ` +
        'embedded PostgreSQL, or unset ONESTOP_PG_PORT to let the hub pick one.',
    );
  } finally {
    holder.close();
  }
}, 120_000);

const asRoot = process.getuid?.() === 0;
// Only root meets this: PostgreSQL then runs as the user "postgres", which may not enter a
// folder closed to others.
(asRoot ? it : it.skip)(
  'as root, says in one line that PostgreSQL cannot reach its data folder',
  async () => {
    const closed = mkdtempSync(join(tmpdir(), 'onestop-closed-'));
    try {
      mkdirSync(join(closed, 'inner'));
      const data = join(closed, 'inner', 'postgres');
      const started = spawnStart(data);
      expect(await started.exited).toBe(1);
      const lines = started.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`cannot enter ${closed} `);
      expect(lines[0]).toContain(`chmod o+x ${closed}`);
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  },
  120_000,
);
