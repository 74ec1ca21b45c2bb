import { readConfig, subgraphDatabaseUrl, subgraphDatabaseUrlVariable } from '../config';
import { gatewayVerifyingKey } from '../identity/gateway-keys';
import type { SubgraphDefinition } from '../subgraph';
import { startSubgraph } from './start-subgraph';
import { stopOnSignals } from './stop-on-signals';

/**
 * Entry point of one subgraph deployed on its own (one container per subgraph): connects as its
 * own role (`<SUBGRAPH>_DATABASE_URL`, else `DATABASE_URL`), migrates its schema, serves
 * until SIGINT or SIGTERM, then drains requests and closes its pool.
 */
export function serveSubgraph(definition: SubgraphDefinition): void {
  const config = readConfig();
  // Its own role's URL (provisioned by `npm run db:roles`); DATABASE_URL as a fallback.
  const databaseUrl = subgraphDatabaseUrl(definition.name) ?? config.databaseUrl;
  if (!databaseUrl) {
    throw new Error(`${subgraphDatabaseUrlVariable(definition.name)} or DATABASE_URL must be set.`);
  }
  startSubgraph(definition, {
    databaseUrl,
    gatewayPublicKey: gatewayVerifyingKey(config),
    port: Number(process.env.PORT ?? definition.port),
    processMetrics: true,
    eventBridge: config.natsUrl ? { natsUrl: config.natsUrl } : undefined,
  })
    .then((subgraph) => {
      console.log(`Subgraph ${definition.name} ready on port ${subgraph.port}`);
      stopOnSignals(subgraph.stop, console.log);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
