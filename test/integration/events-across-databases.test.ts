import { demoPeople } from '../../services/demo-people';
import { ManualClock, useClock } from '../../services/kit/clock/clock';
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
 * A department on a database of its own (EEB), every other subgraph on the first: events cross
 * between the two through NATS JetStream (each database's relay and ingest), and a whole case
 * with an EEB task runs to a completed case whose licences verify.
 */
let nats: RunningNats;
let second: TestDatabase;
let hub: TestHub;
const restoreClock = useClock(new ManualClock(demoDay));

beforeAll(async () => {
  nats = await startNatsServer();
  second = await createTestDatabase();
  hub = await startTestHub({
    subgraphDatabaseUrls: { department_eeb: second.url },
    natsUrl: nats.url,
  });
}, 300_000);

afterAll(async () => {
  await hub?.stop();
  await second?.drop();
  await nats?.stop();
  restoreClock();
}, 120_000);

it('runs a case with a department on a second database to a licensed completion', async () => {
  const first = hub.database.url;
  // The department's data is in the second database only.
  const schemas = async (url: string) =>
    (
      await query<{ name: string }>(
        url,
        `select nspname as name from pg_namespace where nspname like 'department_%' order by 1`,
      )
    ).map((row) => row.name);
  expect(await schemas(second.url)).toEqual(['department_eeb']);
  expect(await schemas(first)).not.toContain('department_eeb');

  const client = graphqlClient(hub.gatewayUrl);
  await verifyEveryMaterial(hub.gatewayUrl, client);
  const caseId = await runCase(client, 'OPEN-A-BUSINESS');
  await hub.settle();

  const { case: kase } = await client.request(
    demoPeople.applicant,
    `query ($id: ID!) {
      case(id: $id) { status tasks { department { code } } licences { serial } }
    }`,
    { id: caseId },
  );
  expect(kase.status).toBe('COMPLETED');
  expect(kase.tasks.map((task: any) => task.department.code).sort()).toEqual(['AMR', 'EEB']);
  expect(kase.licences.length).toBeGreaterThanOrEqual(2);
  // EEB signed with a seal key it made in its own database; the center registered it from the
  // event, and approvals verifies the licence with the key it learned of the same way.
  for (const { serial } of kase.licences) {
    const { licence } = await client.request(
      demoPeople.applicant,
      `query ($serial: String!) { licence(serial: $serial) { signatureValid valid department { code } } }`,
      { serial },
    );
    expect(licence).toMatchObject({ signatureValid: true, valid: true });
  }

  // Every event committed in one database is in the other exactly once, as it was published.
  for (const [from, to] of [
    [first, second.url],
    [second.url, first],
  ]) {
    expect(await copiedFrom(to, await sourceOf(from))).toEqual(
      [...(await localPositions(from))].sort((a, b) => Number(a) - Number(b)),
    );
    expect(await unfaithfulCopies(from, to)).toBe(0);
  }
  const eebEvents = await query<{ topic: string }>(
    first,
    `select topic from events.event where producer = 'department_eeb'`,
  );
  expect(eebEvents.map((event) => event.topic)).toEqual(
    expect.arrayContaining(['department.seal.generated', 'department.task.approved']),
  );

  // Supervision (first database) audited the department's events like every other.
  const { auditChainVerification } = await client.request(
    demoPeople.supervisor,
    '{ auditChainVerification { valid reason } }',
  );
  expect(auditChainVerification).toEqual({ valid: true, reason: null });
});
