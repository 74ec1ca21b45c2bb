import { subgraphs } from '../../services/registry';
import { subgraphEntryPoints } from './deployment';
import { startProcess, type ServiceProcess } from './processes';

const envName = (subgraph: string) => `${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
/** Processes to profile, by name (`approvals`, `gateway`, `apollo`): BENCH_CPU_PROF=a,b. */
const profiled = (name: string) => (process.env.BENCH_CPU_PROF ?? '').split(',').includes(name);
const portOf = (name: string) => 14_001 + subgraphs.findIndex((subgraph) => subgraph.name === name);

/**
 * The hub as a deployment runs it: every subgraph its own process from its docker-compose entry
 * point, then our gateway and `@apollo/gateway` over the same subgraphs. Subgraphs named in
 * `later` are not started yet (their routing URL is set all the same): see `startLater`.
 */
export async function startHubProcesses(databaseUrl: string, later: string[] = []) {
  const env = { DATABASE_URL: databaseUrl, NODE_ENV: 'development' };
  const entries = subgraphEntryPoints(subgraphs.map((subgraph) => subgraph.name));
  const urls = Object.fromEntries(
    subgraphs.map((subgraph) => [
      envName(subgraph.name),
      `http://127.0.0.1:${portOf(subgraph.name)}/graphql`,
    ]),
  );
  const processes: ServiceProcess[] = [];
  const startSubgraph = async (name: string) => {
    const service = await startProcess({
      name,
      entry: entries[name],
      port: portOf(name),
      env,
      readyPath: '/ready',
      profile: profiled(name),
    });
    processes.push(service);
    return service;
  };
  try {
    for (const subgraph of subgraphs) {
      if (!later.includes(subgraph.name)) await startSubgraph(subgraph.name);
    }
    const ours = await startProcess({
      name: 'gateway (Hive Gateway)',
      entry: 'gateway/main.js',
      port: 14_000,
      env: { ...env, ...urls },
      // Supervision may start later (see startLater): /readiness would wait for it.
      readyPath: '/readiness/supergraph',
      profile: profiled('gateway'),
    });
    processes.push(ours);
    const apollo = await startProcess({
      name: 'gateway (@apollo/gateway)',
      entry: 'bench/lib/apollo-gateway.js',
      port: 14_100,
      env: { ...env, ...urls },
      readyPath: '/graphql?query=%7B__typename%7D',
      profile: profiled('apollo'),
    });
    processes.push(apollo);
    return {
      ours,
      apollo,
      processes,
      startLater: startSubgraph,
      subgraph: (name: string) => processes.find((service) => service.name === name)!,
      async stop() {
        for (const service of [...processes].reverse()) await service.stop();
      },
    };
  } catch (error) {
    for (const service of processes.reverse()) await service.stop();
    throw error;
  }
}
