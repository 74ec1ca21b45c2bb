import {
  assertLogLevel,
  createDrainableServer,
  readConfig,
  serviceLog,
  StartupError,
  stopOnSignals,
  withRequestScope,
} from '../services/kit';
import { withConsole } from './console';
import { createHubGateway } from './gateway';
import { routingUrlsFromEnv, SupergraphSource } from './supergraph';

/** How often the gateway looks for a new supergraph unless ONESTOP_SUPERGRAPH_POLL_MS says. */
export const defaultSupergraphPollMs = 5_000;

function supergraphPollMs(env: NodeJS.ProcessEnv): number {
  const value = env.ONESTOP_SUPERGRAPH_POLL_MS?.trim();
  if (!value) return defaultSupergraphPollMs;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new StartupError(
      `ONESTOP_SUPERGRAPH_POLL_MS must be a whole number of milliseconds (0: never look again); it is "${value}".`,
    );
  }
  return ms;
}

export async function startGateway(options: {
  port: number;
  host?: string;
  subgraphUrls?: Record<string, string>;
  /** Also report the process's CPU, memory and event loop on the gateway's /metrics. */
  processMetrics?: boolean;
  /**
   * The supergraph's file or http(s) URL: ONESTOP_SUPERGRAPH, else schema/supergraph.graphql.
   * It is read again every `supergraphPollMs` (ONESTOP_SUPERGRAPH_POLL_MS, 5 s by default; 0
   * never) and a new one is served without a restart.
   */
  supergraph?: string;
  supergraphPollMs?: number;
}) {
  const config = readConfig();
  assertLogLevel();
  const log = serviceLog('gateway');
  const source = await SupergraphSource.open({
    location: options.supergraph ?? process.env.ONESTOP_SUPERGRAPH?.trim(),
    routingOverrides: (names) => ({
      ...routingUrlsFromEnv(process.env, names),
      ...options.subgraphUrls,
    }),
  });
  const gateway = createHubGateway({
    supergraphSdl: () => source.current,
    config,
    processMetrics: options.processMetrics,
  });
  const pollMs = options.supergraphPollMs ?? supergraphPollMs(process.env);
  let checking: Promise<void> | undefined;
  // The last problem logged, so a broken file is reported once, not at every look.
  let reported: string | undefined;
  const reload = async () => {
    try {
      const change = await source.check();
      if (!change) return;
      try {
        await gateway.invalidateUnifiedGraph();
      } catch (error) {
        source.revert(change.previous);
        throw error;
      }
      reported = undefined;
      log.info(
        { supergraph: source.location, added: change.added, removed: change.removed },
        'serving a new supergraph',
      );
    } catch (error) {
      const problem = (error as Error).message;
      if (problem !== reported) {
        reported = problem;
        log.error(
          { supergraph: source.location, problem },
          'the new supergraph does not load: still serving the previous one',
        );
      }
    }
  };
  const timer =
    pollMs > 0
      ? setInterval(() => {
          checking ??= reload().finally(() => (checking = undefined));
        }, pollMs)
      : undefined;
  timer?.unref();
  const { server, drain } = createDrainableServer(
    // The web console is served at / beside /graphql, same origin.
    withRequestScope(withConsole(gateway, config)),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}/graphql`,
    consoleUrl: `http://localhost:${port}/`,
    port,
    supergraph: source,
    /** Reads the supergraph again now instead of at the next look (tests, a deployment's hook). */
    reloadSupergraph: () => (checking ??= reload().finally(() => (checking = undefined))),
    async stop() {
      clearInterval(timer);
      await checking;
      // Requests in flight finish before the runtime is disposed: disposing aborts them.
      await drain();
      await gateway.dispose();
    },
  };
}

if (require.main === module) {
  startGateway({ port: Number(process.env.PORT ?? 4000), processMetrics: true })
    .then((gateway) => {
      console.log(`OneStop gateway ready at ${gateway.url}`);
      stopOnSignals(gateway.stop, console.log);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
