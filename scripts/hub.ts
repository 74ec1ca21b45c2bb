import { join } from 'node:path';
import {
  assertLogLevel,
  createDatabaseIfMissing,
  databaseIdentity,
  gatewayVerifyingKey,
  projectRoot,
  provisionDatabase,
  readConfig,
  startEmbeddedPostgres,
  startSubgraph,
  withDatabase,
  type RunningPostgres,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '../services/kit';
import { subgraphs as allSubgraphs } from '../services/registry';
import { startGateway } from '../gateway/main';

export interface Hub {
  gatewayUrl: string;
  /** The administrator's URL, which provisioned the database; no subgraph connects with it. */
  databaseUrl: string;
  /**
   * Each subgraph's own URL, as its role (see services/kit/database/roles.ts), or the one given
   * for a subgraph on a database of its own.
   */
  subgraphDatabaseUrls: Record<string, string>;
  subgraphs: RunningSubgraph[];
  stop(): Promise<void>;
}

export interface HubOptions {
  /** Use this database instead of `DATABASE_URL` or the embedded PostgreSQL. */
  databaseUrl?: string;
  gatewayPort?: number;
  /** 0 gives every subgraph a free port; by default each takes its own. */
  subgraphPort?: number;
  subgraphs?: SubgraphDefinition[];
  seed?: boolean;
  /**
   * Subgraphs' own URLs, by name (default: `<SUBGRAPH>_DATABASE_URL`): on the hub's database, its
   * role's (provisioned with that password); on a database of its own, used as given.
   */
  subgraphDatabaseUrls?: Record<string, string>;
  /** NATS with JetStream, to exchange events between databases (default: ONESTOP_NATS_URL). */
  natsUrl?: string;
  /** Run each database's relay here (default); false leaves the relays to other processes. */
  relays?: boolean;
  /** Report the process's CPU, memory and event loop on the gateway's /metrics (npm start). */
  processMetrics?: boolean;
  log?: (line: string) => void;
}

/**
 * Starts what the hub needs in one process: PostgreSQL if none is configured, the database's
 * provisioning (event log, one role per subgraph), every subgraph (connected as its role,
 * migrated and seeded), then the gateway. Stops in reverse order.
 */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const log = options.log ?? (() => {});
  const config = readConfig();
  assertLogLevel();
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
  };
  try {
    let serverUrl = options.databaseUrl ?? config.databaseUrl;
    if (!serverUrl) {
      const directory = process.env.ONESTOP_DATA_DIR ?? join(projectRoot(), '.data', 'postgres');
      log(`Starting embedded PostgreSQL in ${directory}`);
      const postgres: RunningPostgres = await startEmbeddedPostgres({
        directory,
        port: Number(process.env.ONESTOP_PG_PORT || 54320),
        portChosen: Boolean(process.env.ONESTOP_PG_PORT),
        log,
      });
      stops.push(postgres.stop);
      await createDatabaseIfMissing(postgres.url, 'onestop');
      serverUrl = withDatabase(postgres.url, 'onestop');
    }
    const databaseUrl = serverUrl;
    const definitions = options.subgraphs ?? allSubgraphs;
    // The event log, each subgraph's role and its schema, before any subgraph connects. A subgraph
    // on a database of its own connects with the URL it was given.
    const subgraphDatabaseUrls = await provisionDatabase(
      databaseUrl,
      definitions.map((definition) => definition.name),
      { log, urls: options.subgraphDatabaseUrls ?? config.subgraphDatabaseUrls },
    );

    const gatewayPublicKey = gatewayVerifyingKey(config);
    const databaseOf = (name: string) => databaseIdentity(subgraphDatabaseUrls[name]);
    const natsUrl = options.natsUrl ?? config.natsUrl;
    const hubDatabase = databaseIdentity(databaseUrl);
    if (!natsUrl && definitions.some((definition) => databaseOf(definition.name) !== hubDatabase)) {
      throw new Error('A subgraph on a database of its own needs ONESTOP_NATS_URL for its events.');
    }
    // One bridge per database, beside the first subgraph started on it.
    const bridged = new Set<string>();
    const running: RunningSubgraph[] = [];
    for (const definition of definitions) {
      const subgraphDatabase = databaseOf(definition.name);
      const bridge = natsUrl && !bridged.has(subgraphDatabase);
      bridged.add(subgraphDatabase);
      const subgraph = await startSubgraph(definition, {
        databaseUrl: subgraphDatabaseUrls[definition.name],
        eventBridge: bridge ? { natsUrl, relay: options.relays } : undefined,
        gatewayPublicKey,
        port: options.subgraphPort,
        // Only the gateway beside them calls them: nothing outside this machine reaches them.
        host: '127.0.0.1',
      });
      stops.push(subgraph.stop);
      if (definition.seed && options.seed !== false) await definition.seed(subgraph.orm.em.fork());
      running.push(subgraph);
      log(`Subgraph ${definition.name} ready at ${subgraph.url}`);
    }

    const gateway = await startGateway({
      port: options.gatewayPort ?? 4000,
      subgraphUrls: Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph.url])),
      // One process: the gateway reports it, once.
      processMetrics: options.processMetrics,
    });
    stops.push(gateway.stop);
    return {
      gatewayUrl: gateway.url,
      databaseUrl,
      subgraphDatabaseUrls,
      subgraphs: running,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
