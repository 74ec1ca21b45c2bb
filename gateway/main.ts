import {
  assertLogLevel,
  createDrainableServer,
  readConfig,
  stopOnSignals,
  withRequestScope,
} from '../services/kit';
import { createHubGateway } from './gateway';
import { readSupergraph, routingUrls, routingUrlsFromEnv, withRoutingUrls } from './supergraph';

export async function startGateway(options: {
  port: number;
  host?: string;
  subgraphUrls?: Record<string, string>;
  /** Also report the process's CPU, memory and event loop on the gateway's /metrics. */
  processMetrics?: boolean;
}) {
  const config = readConfig();
  assertLogLevel();
  const composed = readSupergraph();
  const subgraphNames = Object.keys(routingUrls(composed));
  const supergraphSdl = withRoutingUrls(composed, {
    ...routingUrlsFromEnv(process.env, subgraphNames),
    ...options.subgraphUrls,
  });
  const gateway = createHubGateway({
    supergraphSdl,
    config,
    processMetrics: options.processMetrics,
  });
  const { server, drain } = createDrainableServer(withRequestScope(gateway));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async stop() {
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
