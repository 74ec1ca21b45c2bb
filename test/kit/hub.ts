import { readConfig, type Identity, type SubgraphDefinition } from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { subgraphs as allSubgraphs } from '../../services/registry';
import { signUserToken } from '../../gateway/user-token';
import { startHub, type Hub } from '../../scripts/hub';
import { seedDemoCases } from '../../scripts/demo-cases';
import { ManualClock, useClock } from '../../services/kit/clock/clock';
import { createTestDatabase, type TestDatabase } from './database';
import { postGraphQL, type GraphQLResponse } from './graphql-client';

export type Caller = keyof typeof demoPeople | Identity | null;

export interface TestHub extends Hub {
  database: TestDatabase;
  /** Sends a GraphQL request through the gateway as a demo person, another identity, or nobody. */
  query<T = any>(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  tokenFor(caller: Exclude<Caller, null>): Promise<string>;
  subgraph(name: string): Hub['subgraphs'][number];
  /** Delivers every pending event to every consumer, until none is left. */
  settle(): Promise<void>;
}

/** Drains every subgraph's consumers until a round hands nothing over. */
export async function settleEvents(hub: Hub): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    let handled = 0;
    for (const subgraph of hub.subgraphs) handled += await subgraph.drainEvents();
    if (handled === 0) return;
  }
  throw new Error('Events kept coming after 50 rounds: a consumer loop?');
}

/**
 * Monday 30 November 2026, 10:00 in the center's time zone: the demo cases' deadlines fall in the
 * demo calendar's 2026, but for the construction project's, which waits for 2027.
 */
export const demoDay = '2026-11-30T02:00:00Z';

/** The whole hub (or some subgraphs) on free ports, on a database of this test file's own. */
export async function startTestHub(
  options: {
    subgraphs?: SubgraphDefinition[];
    seed?: boolean;
    /** A database of the file's own to start on (e.g. a prepared one); a fresh one by default. */
    database?: TestDatabase;
    /** The demo cases `npm start` makes (scripts/demo-cases.ts), on a clock standing at demoDay. */
    demoCases?: boolean;
    /** Subgraphs on databases of their own (the test makes and drops them), and NATS between. */
    subgraphDatabaseUrls?: Record<string, string>;
    natsUrl?: string;
    relays?: boolean;
  } = {},
): Promise<TestHub> {
  const restoreClock = options.demoCases ? useClock(new ManualClock(demoDay)) : () => {};
  const database = options.database ?? (await createTestDatabase());
  const hub = await startHub({
    databaseUrl: database.url,
    gatewayPort: 0,
    subgraphPort: 0,
    subgraphs: options.subgraphs ?? allSubgraphs,
    seed: options.seed,
    subgraphDatabaseUrls: options.subgraphDatabaseUrls,
    natsUrl: options.natsUrl,
    relays: options.relays,
  });
  if (options.demoCases) {
    await seedDemoCases(hub.gatewayUrl);
    await settleEvents(hub);
  }
  const { userTokenSecret } = readConfig();
  const tokenFor = (caller: Exclude<Caller, null>) =>
    signUserToken(typeof caller === 'string' ? demoPeople[caller] : caller, userTokenSecret, '1h');

  return {
    ...hub,
    database,
    tokenFor,
    async query(caller, query, variables) {
      const headers: Record<string, string> = caller
        ? { authorization: `Bearer ${await tokenFor(caller)}` }
        : {};
      return postGraphQL(hub.gatewayUrl, { query, variables }, headers);
    },
    subgraph(name) {
      const found = hub.subgraphs.find((subgraph) => subgraph.name === name);
      if (!found) throw new Error(`Subgraph ${name} is not running in this test hub.`);
      return found;
    },
    settle: () => settleEvents(hub),
    async stop() {
      await hub.stop();
      await database.drop();
      restoreClock();
    },
  };
}
