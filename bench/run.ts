import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayProofHeader, projectRoot, readConfig, signGatewayProof } from '../services/kit';
import { subgraphs } from '../services/registry';
import { demoPeople } from '../services/demo-people';
import { signUserToken } from '../gateway/user-token';
import { startHub } from '../scripts/hub';
import { benchDatabase, machine } from './lib/environment';
import { assertAnswers, loadTest, type LoadResult } from './lib/load';
import { startProcess, type ServiceProcess } from './lib/processes';
import { printTable } from './lib/table';
import { subgraphEntryPoints } from './lib/deployment';
import { benchQueries } from './queries';

const full = process.argv.includes('--full');
const settings = full ? { seconds: 15, connections: [10, 50] } : { seconds: 3, connections: [10] };

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100) / 100);

async function main() {
  const started = Date.now();
  const config = readConfig();
  const database = await benchDatabase();
  const processes: ServiceProcess[] = [];
  const report: Record<string, unknown> = { mode: full ? 'full' : 'quick', machine: machine() };
  try {
    // Migrate and seed once, in process, then run every service as its own process.
    const seeding = await startHub({ databaseUrl: database.url, gatewayPort: 0, subgraphPort: 0 });
    await seeding.stop();

    const env = { DATABASE_URL: database.url, NODE_ENV: 'development' };
    const subgraphUrls: Record<string, string> = {};
    const entries = subgraphEntryPoints(subgraphs.map((subgraph) => subgraph.name));
    for (const [index, subgraph] of subgraphs.entries()) {
      const service = await startProcess({
        name: subgraph.name,
        entry: entries[subgraph.name],
        port: 14_001 + index,
        env,
        readyPath: '/ready',
      });
      processes.push(service);
      subgraphUrls[`${subgraph.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`] = service.url;
    }
    const ours = await startProcess({
      name: 'gateway (Hive Gateway)',
      entry: 'gateway/main.js',
      port: 14_000,
      env: { ...env, ...subgraphUrls },
      readyPath: '/readiness',
    });
    const apollo = await startProcess({
      name: 'gateway (@apollo/gateway)',
      entry: 'bench/lib/apollo-gateway.js',
      port: 14_100,
      env: { ...env, ...subgraphUrls },
      readyPath: '/graphql?query=%7B__typename%7D',
    });
    processes.push(ours, apollo);

    const token = await signUserToken(demoPeople.coordinator, config.userTokenSecret);
    const authorization = { authorization: `Bearer ${token}` };

    // 1. The same query through both gateways.
    const gatewayRows: Record<string, string | number>[] = [];
    for (const query of benchQueries.federated) {
      for (const gateway of [ours, apollo])
        await assertAnswers(gateway.url, query.body, authorization);
      for (const connections of settings.connections) {
        const results: LoadResult[] = [];
        for (const gateway of [ours, apollo]) {
          results.push(
            await loadTest({
              url: gateway.url,
              body: query.body,
              headers: authorization,
              connections,
              seconds: settings.seconds,
            }),
          );
        }
        const [hive, apolloResult] = results;
        gatewayRows.push({
          query: query.name,
          connections,
          'hive rps': hive.requestsPerSecond,
          'hive p50/p99 ms': `${hive.p50Ms}/${hive.p99Ms}`,
          'apollo rps': apolloResult.requestsPerSecond,
          'apollo p50/p99 ms': `${apolloResult.p50Ms}/${apolloResult.p99Ms}`,
          'throughput ratio': ratio(hive.requestsPerSecond, apolloResult.requestsPerSecond),
          errors: hive.errors + hive.non2xx + apolloResult.errors + apolloResult.non2xx,
        });
      }
    }
    printTable(
      '1. Federated query: Hive Gateway vs @apollo/gateway (target ratio >= 3)',
      gatewayRows,
    );
    report.gateways = gatewayRows;

    // 2. Gateway overhead on a single-subgraph query.
    const overheadRows: Record<string, string | number>[] = [];
    const single = benchQueries.singleSubgraph;
    const direct = processes.find((service) => service.name === single.subgraph)!;
    for (const connections of settings.connections) {
      const viaGateway = await loadTest({
        url: ours.url,
        body: single.body,
        headers: authorization,
        connections,
        seconds: settings.seconds,
      });
      // A proof lives 60 s: sign one per measurement.
      const proof = await signGatewayProof(demoPeople.coordinator, config.gatewaySecret);
      const straight = await loadTest({
        url: direct.url,
        body: single.body,
        headers: { [gatewayProofHeader]: proof },
        connections,
        seconds: settings.seconds,
      });
      overheadRows.push({
        query: single.name,
        connections,
        'gateway p50 ms': viaGateway.p50Ms,
        'direct p50 ms': straight.p50Ms,
        'p50 ratio': ratio(viaGateway.p50Ms, straight.p50Ms),
        'gateway rps': viaGateway.requestsPerSecond,
        'direct rps': straight.requestsPerSecond,
      });
    }
    printTable('2. Gateway overhead (target p50 ratio <= 1.3)', overheadRows);
    report.overhead = overheadRows;

    // 6. Peak memory of every process under the load above.
    const memoryRows = processes.map((service) => ({
      process: service.name,
      'peak RSS MiB': service.peakMemoryMiB(),
    }));
    printTable('6. Peak memory under load', memoryRows);
    report.memory = memoryRows;
  } finally {
    for (const service of processes.reverse()) await service.stop();
    await database.stop();
  }
  report.seconds = Math.round((Date.now() - started) / 1000);
  const directory = join(projectRoot(), 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(
    directory,
    `${full ? 'full' : 'quick'}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${file} (${report.seconds} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
