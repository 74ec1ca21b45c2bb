import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  createDatabaseIfMissing,
  startEmbeddedPostgres,
  withDatabase,
  type RunningPostgres,
} from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { startHub, type Hub } from '../../scripts/hub';
import { subgraphs as allSubgraphs } from '../../services/registry';
import { settleEvents } from '../kit/hub';
import { graphqlClient } from '../../scripts/flow/graphql-client';
import { verifyEveryMaterial } from '../../scripts/flow/applicant-materials';
import { runCase } from '../../scripts/flow/run-case';

/**
 * The backup procedure of docs/operations.md, end to end: a logical dump of a running hub's
 * database, restored into a new PostgreSQL cluster, on which the hub starts again. The clusters
 * run the system's PostgreSQL, whose pg_dump and pg_restore match their version (the embedded
 * server ships none).
 */
const bin = execFileSync('pg_config', ['--bindir']).toString().trim();
const binaries = { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
const folders: string[] = [];
const clusters: RunningPostgres[] = [];
let hub: Hub | undefined;

async function cluster(): Promise<RunningPostgres> {
  const directory = mkdtempSync(join(tmpdir(), 'onestop-restore-'));
  folders.push(directory);
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  const postgres = await startEmbeddedPostgres({ directory, port, persistent: false, binaries });
  clusters.push(postgres);
  return postgres;
}

/**
 * A cluster that has run many more transactions than a new one, as a production server has: each
 * exception block is a subtransaction, and each insert in one takes a transaction id.
 */
async function runTransactions(url: string, count: number) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`
    create table spent (id int);
    do $$ begin
      for i in 1..${count} loop
        begin insert into spent values (i); exception when others then null; end;
      end loop;
    end $$;
    drop table spent;
  `);
  await client.end();
}

async function startOn(databaseUrl: string, subgraphs = allSubgraphs) {
  hub = await startHub({ databaseUrl, gatewayPort: 0, subgraphPort: 0, seed: true, subgraphs });
  return { running: hub, client: graphqlClient(hub.gatewayUrl) };
}

async function stopHub() {
  await hub?.stop();
  hub = undefined;
}

async function query<T>(url: string, sql: string): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

/** Events of the log that supervision (which follows every topic) has no audit entry for. */
const unaudited = async (url: string) =>
  (
    await query<{ count: number }>(
      url,
      `select count(*)::int as count from events.event e
        where not exists (select from supervision.audit_entry a where a.event_position = e.position)`,
    )
  ).count;

const caseStatus = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      status
    }
  }
`;
const auditVerification = /* GraphQL */ `
  {
    auditChainVerification {
      valid
      entriesChecked
      reason
    }
  }
`;

afterAll(async () => {
  await stopHub();
  for (const postgres of clusters) await postgres.stop().catch(() => {});
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}, 60_000);

it('restores a dump into a new cluster, resumes every consumer where it was, and completes a new case', async () => {
  const original = await cluster();
  await runTransactions(original.url, 100_000);
  await createDatabaseIfMissing(original.url, 'onestop');
  const originalUrl = withDatabase(original.url, 'onestop');
  let { running, client } = await startOn(originalUrl);
  await verifyEveryMaterial(running.gatewayUrl, client);
  const first = await runCase(client, 'OPEN-A-BUSINESS');
  await stopHub();
  // A case decided while supervision was down: its consumer is behind when the dump is taken.
  ({ client } = await startOn(
    originalUrl,
    allSubgraphs.filter((subgraph) => subgraph.name !== 'supervision'),
  ));
  const second = await runCase(client, 'OPEN-A-BUSINESS');
  await stopHub();
  expect(await unaudited(originalUrl)).toBeGreaterThan(0);

  const dump = join(folders[0], 'onestop.dump');
  execFileSync(join(bin, 'pg_dump'), ['--format=custom', `--file=${dump}`, originalUrl]);
  const restored = await cluster();
  await createDatabaseIfMissing(restored.url, 'onestop');
  const restoredUrl = withDatabase(restored.url, 'onestop');
  execFileSync(join(bin, 'pg_restore'), [
    '--no-owner',
    '--no-privileges',
    `--dbname=${restoredUrl}`,
    dump,
  ]);
  await original.stop();

  ({ running, client } = await startOn(restoredUrl));
  await settleEvents(running);
  expect(await unaudited(restoredUrl)).toBe(0);
  const third = await runCase(client, 'OPEN-A-BUSINESS');
  await settleEvents(running);
  for (const id of [first, second, third]) {
    const { case: kept } = await client.request(demoPeople.applicant, caseStatus, { id });
    expect(kept.status).toBe('COMPLETED');
  }
  expect(await unaudited(restoredUrl)).toBe(0);
  const { auditChainVerification } = await client.request(demoPeople.supervisor, auditVerification);
  expect(auditChainVerification).toMatchObject({ valid: true, reason: null });
}, 600_000);
