import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  gatewayProofHeader,
  gatewaySigningKey,
  projectRoot,
  readConfig,
  signGatewayProof,
} from '../services/kit';
import { demoPeople } from '../services/demo-people';
import { startHub } from '../scripts/hub';
import { benchDatabase, machine } from './lib/environment';
import { graphqlClient } from '../scripts/flow/graphql-client';
import { startHubProcesses } from './lib/hub-processes';
import { assertAnswers, loadTest } from './lib/load';
import { pgbench } from './lib/pgbench';
import { printTable } from './lib/table';
import { verifyEveryMaterial } from '../scripts/flow/applicant-materials';
import { bulkLoadCases } from './flow/bulk-load';
import { enterBenchCalendar } from './flow/bench-calendar';
import { runCase } from '../scripts/flow/run-case';
import { measureDrain } from './measures/drain';
import { measureSqlStatements } from './measures/sql-statements';
import { measureThroughput } from './measures/throughput';
import { benchSettings } from './settings';
import { boardQuery, casesQuery, dossierQuery, singleSubgraphQuery } from './queries';

const full = process.argv.includes('--full');
const settings = benchSettings(full);

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100) / 100);
const load = () => loadavg().map((value) => Math.round(value * 100) / 100);

async function main() {
  const started = Date.now();
  const config = readConfig();
  const database = await benchDatabase();
  const report: Record<string, any> = {
    mode: settings.mode,
    startedAt: new Date().toISOString(),
    machine: machine(),
    loadAverageAtStart: load(),
    settings,
  };
  const log = (line: string) =>
    console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${line}`);
  let hub: Awaited<ReturnType<typeof startHubProcesses>> | null = null;
  try {
    // Migrate and seed once, in process; then every service runs as its own process.
    // Supervision starts after the throughput run, so the drain rate has a backlog to work off.
    log('migrating and seeding');
    await (await startHub({ databaseUrl: database.url, gatewayPort: 0, subgraphPort: 0 })).stop();
    log('starting the subgraphs and both gateways as processes');
    hub = await startHubProcesses(database.url, ['supervision']);
    const { ours, apollo } = hub;
    const client = graphqlClient(ours.url);
    await verifyEveryMaterial(ours.url, client);
    await enterBenchCalendar(client);

    // 4. Joint-approval throughput, beside what PostgreSQL sustains alone.
    log('one case of each bundle, then the throughput run');
    const twoTasks = await runCase(client, 'OPEN-A-BUSINESS');
    const throughput = await measureThroughput(client, database.url, settings.throughput);
    const fourTasks = throughput.caseIds[0];
    log('pgbench');
    const postgres = await pgbench(
      database.serverUrl,
      settings.pgbench.clients,
      settings.pgbench.seconds,
    );
    const throughputRow = {
      ...throughput.figures,
      'pgbench tps': postgres?.tps ?? 'pgbench not found',
      'cases/s per 1000 pgbench tps': postgres
        ? ratio(throughput.figures.casesPerSecond * 1000, postgres.tps)
        : '-',
    };
    printTable('4. Joint-approval throughput (cases end to end) beside pgbench', [throughputRow]);
    report.throughput = { ...throughputRow, pgbench: postgres };

    log('starting supervision on the backlog');
    const drain = await measureDrain(
      database.url,
      'supervision.events',
      async () => void (await hub!.startLater('supervision')),
      { timeoutSeconds: full ? 300 : 60 },
    );
    printTable('4b. Event backlog drain (supervision follows every event)', [drain]);
    report.drain = drain;

    const coordinator = {
      authorization: `Bearer ${await client.tokenFor(demoPeople.coordinator)}`,
    };

    // 1. Federated queries through both gateways.
    log('gateways');
    const federated = [
      { name: 'dossier (4 tasks)', body: { query: dossierQuery, variables: { id: fourTasks } } },
      { name: 'cases with departments', body: { query: casesQuery } },
    ];
    const gatewayRows: Record<string, string | number>[] = [];
    for (const query of federated) {
      for (const gateway of [ours, apollo])
        await assertAnswers(gateway.url, query.body, coordinator);
      for (const connections of settings.connections) {
        const [hive, other] = [
          await loadTest({
            url: ours.url,
            body: query.body,
            headers: coordinator,
            connections,
            seconds: settings.seconds,
          }),
          await loadTest({
            url: apollo.url,
            body: query.body,
            headers: coordinator,
            connections,
            seconds: settings.seconds,
          }),
        ];
        gatewayRows.push({
          query: query.name,
          connections,
          'hive rps': hive.requestsPerSecond,
          'hive p50/p99 ms': `${hive.p50Ms}/${hive.p99Ms}`,
          'apollo rps': other.requestsPerSecond,
          'apollo p50/p99 ms': `${other.p50Ms}/${other.p99Ms}`,
          'throughput ratio': ratio(hive.requestsPerSecond, other.requestsPerSecond),
          errors: hive.errors + hive.non2xx + other.errors + other.non2xx,
        });
      }
    }
    printTable(
      '1. Federated queries: Hive Gateway vs @apollo/gateway (target ratio >= 3)',
      gatewayRows,
    );
    report.gateways = gatewayRows;

    // 2. Gateway overhead on a single-subgraph query.
    log('gateway overhead');
    const overheadRows: Record<string, string | number>[] = [];
    const single = { query: singleSubgraphQuery.query };
    const direct = hub.subgraph(singleSubgraphQuery.subgraph);
    for (const connections of settings.connections) {
      const viaGateway = await loadTest({
        url: ours.url,
        body: single,
        headers: coordinator,
        connections,
        seconds: settings.seconds,
      });
      // A proof lives 30 s and covers one operation for one subgraph: sign one per measurement.
      const proof = await signGatewayProof(demoPeople.coordinator, gatewaySigningKey(config), {
        subgraph: singleSubgraphQuery.subgraph,
        query: single.query,
      });
      const straight = await loadTest({
        url: direct.url,
        body: single,
        headers: { [gatewayProofHeader]: proof },
        connections,
        seconds: settings.seconds,
      });
      overheadRows.push({
        query: `departments (${singleSubgraphQuery.subgraph})`,
        connections,
        'gateway p50 ms': viaGateway.p50Ms,
        'direct p50 ms': straight.p50Ms,
        'p50 ratio': ratio(viaGateway.p50Ms, straight.p50Ms),
        'gateway rps': viaGateway.requestsPerSecond,
        'direct rps': straight.requestsPerSecond,
        errors: viaGateway.errors + viaGateway.non2xx + straight.errors + straight.non2xx,
      });
    }
    printTable('2. Gateway overhead (target p50 ratio <= 1.3)', overheadRows);
    report.overhead = overheadRows;

    // 5. Scale, and 3. SQL statements once the board has cases enough.
    const scaleRows: Record<string, string | number>[] = [];
    const loads = [];
    let loaded = 0;
    for (const size of settings.scale.sizes) {
      log(`bulk loading up to ${size.toLocaleString('en')} cases`);
      loads.push({ upTo: size, ...(await bulkLoadCases(database.url, loaded, size)) });
      loaded = size;
      const row: Record<string, string | number> = { 'bulk cases': size };
      for (const [name, body] of [
        ['dossier', { query: dossierQuery, variables: { id: fourTasks } }],
        ['board', { query: boardQuery, variables: { first: 20 } }],
      ] as const) {
        await assertAnswers(ours.url, body, coordinator);
        const result = await loadTest({
          url: ours.url,
          body,
          headers: coordinator,
          connections: settings.scale.connections,
          seconds: settings.scale.seconds,
        });
        row[`${name} p50 ms`] = result.p50Ms;
        row[`${name} rps`] = result.requestsPerSecond;
      }
      scaleRows.push(row);
      if (size === settings.scale.sizes[0]) {
        log('SQL statements per request, in process');
        const statements = await measureSqlStatements(database.url, { twoTasks, fourTasks });
        printTable(
          '3. SQL statements per request (target: equal for small and large lists)',
          statements,
        );
        report.sqlStatements = statements;
      }
    }
    for (const row of scaleRows) {
      for (const name of ['dossier', 'board']) {
        row[`${name} p50 ratio`] = ratio(
          Number(row[`${name} p50 ms`]),
          Number(scaleRows[0][`${name} p50 ms`]),
        );
      }
    }
    printTable(
      `5. Scale: p50 at ${settings.scale.connections} connections (target ratio <= 1.5 from ${settings.scale.sizes[0].toLocaleString('en')} to ${settings.scale.sizes.at(-1)!.toLocaleString('en')} cases)`,
      scaleRows,
    );
    report.scale = { rows: scaleRows, loads };

    // 6. Peak memory of every process over the whole run.
    const memoryRows = hub.processes.map((service) => ({
      process: service.name,
      'peak RSS MiB': service.peakMemoryMiB(),
    }));
    printTable('6. Peak memory (resident, high-water mark over the run)', memoryRows);
    report.memory = memoryRows;
  } finally {
    await hub?.stop();
    await database.stop();
  }
  report.loadAverageAtEnd = load();
  report.seconds = Math.round((Date.now() - started) / 1000);
  const directory = join(projectRoot(), 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(
    directory,
    `${settings.mode}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${file} (${report.seconds} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
