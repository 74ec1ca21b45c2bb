import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { demoPeople } from '../../services/demo-people';
import { projectRoot } from '../../services/kit';
import { ManualClock, useClock } from '../../services/kit/clock/clock';
import { eventSubject, type RelayedEvent } from '../../services/kit/events/jetstream/event-stream';
import { graphqlClient } from '../../scripts/flow/graphql-client';
import { verifyEveryMaterial } from '../../scripts/flow/applicant-materials';
import { runCase } from '../../scripts/flow/run-case';
import { createTestDatabase, type TestDatabase } from '../kit/database';
import { demoDay, startTestHub, type TestHub } from '../kit/hub';
import { startNatsServer, type RunningNats } from '../kit/nats-server';
import {
  copiedFrom,
  localPositions,
  query,
  sourceOf,
  unfaithfulCopies,
} from '../kit/event-exchange';

/**
 * The relays of both databases (EEB's own, and the first with every other subgraph) run in
 * processes of their own, killed over and over while six cases run, two at a time: at random
 * moments, and right after JetStream acknowledged an event the relay's position has not moved
 * past. Restarted each time, they lose nothing and duplicate nothing: every event of each
 * database is in the other exactly once, and every case completes.
 */
let nats: RunningNats;
let second: TestDatabase;
let hub: TestHub;
const restoreClock = useClock(new ManualClock(demoDay));
const children = new Set<ChildProcess>();

interface RelayProcess {
  child: ChildProcess;
  exited: Promise<void>;
  output(): string;
}

/** A relay of `databaseUrl` in a process of its own; it kills itself after `killAfter` new events. */
function startRelay(databaseUrl: string, killAfter = 0): RelayProcess {
  const root = projectRoot();
  const child = spawn(
    process.execPath,
    [join(root, 'test/kit/typescript-process.js'), join(root, 'test/kit/relay-process.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        ONESTOP_NATS_URL: nats.url,
        RELAY_KILL_AFTER: String(killAfter),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      children.delete(child);
      resolve();
    }),
  );
  return { child, exited, output: () => output };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const random = (from: number, to: number) => from + Math.floor(Math.random() * (to - from));

interface Chaos {
  kills: number;
  selfKills: number;
  /** Publishes JetStream acknowledged as duplicates: events a killed relay had published. */
  republished: number;
  output: string[];
}

/**
 * Starts and kills the relay of one database until `done()`: every other life ends by itself
 * right after an acknowledged publish, the others by SIGKILL at a random moment (at rest, in the
 * middle of a batch, or while it starts).
 */
async function killOverAndOver(databaseUrl: string, done: () => boolean): Promise<Chaos> {
  const chaos: Chaos = { kills: 0, selfKills: 0, republished: 0, output: [] };
  for (let life = 0; !done(); life += 1) {
    const selfKill = life % 2 === 0;
    const relay = startRelay(databaseUrl, selfKill ? random(1, 4) : 0);
    const lived = await Promise.race([
      relay.exited.then(() => 'died' as const),
      sleep(selfKill ? 8000 : random(100, 2000)).then(() => 'killed' as const),
    ]);
    if (lived === 'killed') relay.child.kill('SIGKILL');
    await relay.exited;
    if (lived === 'died') chaos.selfKills += 1;
    chaos.kills += 1;
    chaos.republished += relay.output().match(/ duplicate$/gm)?.length ?? 0;
    chaos.output.push(relay.output());
  }
  return chaos;
}

beforeAll(async () => {
  nats = await startNatsServer();
  second = await createTestDatabase();
  hub = await startTestHub({
    subgraphDatabaseUrls: { department_eeb: second.url },
    natsUrl: nats.url,
    relays: false,
  });
}, 300_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await hub?.stop();
  await second?.drop();
  await nats?.stop();
  restoreClock();
}, 120_000);

/** Both directions of the exchange: what each database committed, and what the other copied. */
async function exchange() {
  const first = hub.database.url;
  const directions = [
    [first, second.url],
    [second.url, first],
  ];
  return Promise.all(
    directions.map(async ([from, to]) => {
      // Copies first: an event committed meanwhile can only make the two differ, never hide one.
      const copied = await copiedFrom(to, await sourceOf(from));
      const committed = await localPositions(from);
      return { committed, copied, unfaithful: await unfaithfulCopies(from, to) };
    }),
  );
}

it('loses and duplicates no event when relays are killed over and over during six cases', async () => {
  const client = graphqlClient(hub.gatewayUrl);
  // The hub's seeds and the seal keys need relays before any case starts.
  const settled = [startRelay(hub.database.url), startRelay(second.url)];
  await verifyEveryMaterial(hub.gatewayUrl, client);
  for (const relay of settled) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }

  let finished = false;
  const chaos = Promise.all(
    [hub.database.url, second.url].map((url) => killOverAndOver(url, () => finished)),
  );
  // Three rounds of two cases at once, the relays dying all along.
  const cases: string[] = [];
  try {
    for (let round = 0; round < 3; round += 1) {
      cases.push(
        ...(await Promise.all([
          runCase(client, 'OPEN-A-BUSINESS'),
          runCase(client, 'OPEN-A-BUSINESS'),
        ])),
      );
    }
  } finally {
    finished = true;
  }
  const [firstChaos, secondChaos] = await chaos;

  // Relays that are left alone catch up with everything.
  const calm = [startRelay(hub.database.url), startRelay(second.url)];
  let directions = await exchange();
  for (let round = 0; round < 300; round += 1) {
    await hub.settle();
    directions = await exchange();
    if (directions.every(({ committed, copied }) => copied.join() === committed.join())) break;
    await sleep(200);
  }
  for (const { committed, copied, unfaithful } of directions) {
    // Every event once: the same list, no gaps and no repeats.
    expect(copied).toEqual(committed);
    expect(unfaithful).toBe(0);
  }
  for (const caseId of cases) {
    const { case: kase } = await client.request(
      demoPeople.applicant,
      'query ($id: ID!) { case(id: $id) { status licences { serial } } }',
      { id: caseId },
    );
    expect(kase.status).toBe('COMPLETED');
    expect(kase.licences.length).toBeGreaterThanOrEqual(2);
  }
  // The kills did land where they hurt: relays died after publishing and before moving on, and
  // the next one published those events again (JetStream acknowledged them as duplicates).
  expect(firstChaos.kills).toBeGreaterThanOrEqual(6);
  expect(secondChaos.kills).toBeGreaterThanOrEqual(6);
  expect(firstChaos.selfKills + secondChaos.selfKills).toBeGreaterThanOrEqual(1);
  const republishedByCalm = calm
    .map((relay) => relay.output().match(/ duplicate$/gm)?.length ?? 0)
    .reduce((a, b) => a + b, 0);
  expect(firstChaos.republished + secondChaos.republished + republishedByCalm).toBeGreaterThan(0);

  // A repeat that comes after JetStream's duplicate window (a new message id) is not copied
  // again: the ingest knows the event by its source and position. Something that is no event is
  // dropped (settling waits until both ingests have read the stream to its end).
  const [original] = await query<{ position: string; topic: string; key: string }>(
    second.url,
    `select e.position::text, e.topic, e.key from events.event e
      where e.producer = 'department_eeb' order by e.position limit 1`,
  );
  const repeat: RelayedEvent = {
    source: await sourceOf(second.url),
    position: original.position,
    topic: original.topic,
    key: original.key,
    producer: 'department_eeb',
    payload: { repeated: true },
    occurredAt: new Date().toISOString(),
  };
  const connection = await connect({ servers: nats.url });
  await jetstream(connection).publish(eventSubject(repeat.topic), 'not an event');
  await jetstream(connection).publish(eventSubject(repeat.topic), JSON.stringify(repeat), {
    msgID: `late-repeat:${repeat.position}`,
  });
  await connection.close();
  await hub.settle();
  const [, back] = await exchange();
  expect(back.copied).toEqual(back.committed);
  expect(back.unfaithful).toBe(0);

  for (const relay of calm) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }
});
