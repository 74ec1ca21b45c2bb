import { StartupError, stopOnSignals } from '../services/kit';
import { demoTokens, demoTokensFile, writeDemoTokens } from './demo-tokens';
import { seedDemoCases } from './demo-cases';
import { startHub } from './hub';

const tokensFile = demoTokensFile();

async function main() {
  const started = Date.now();
  const hub = await startHub({
    gatewayPort: Number(process.env.PORT ?? 4000),
    // 'auto' lets several hubs run side by side (the start test does).
    subgraphPort: process.env.ONESTOP_SUBGRAPH_PORTS === 'auto' ? 0 : undefined,
    processMetrics: true,
    log: (line) => console.log(line),
  });
  stopOnSignals(hub.stop, (line) => console.log(`\n${line}`));
  await seedDemoCases(hub.gatewayUrl);
  console.log('Demo cases ready: one licensed, one in progress.');

  console.log(`\nOneStop is ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Web console: ${hub.gatewayUrl.replace(/graphql$/, '')}`);
  console.log(`GraphQL endpoint (GraphiQL in a browser): ${hub.gatewayUrl}\n`);
  console.log('Demo tokens (send as "Authorization: Bearer <token>"):');
  const tokens = await demoTokens();
  for (const [role, token] of Object.entries(tokens)) console.log(`  ${role.padEnd(20)} ${token}`);
  // The README's commands read the tokens from here: `. .data/demo-tokens.env`.
  writeDemoTokens(tokensFile, hub.gatewayUrl, tokens);
  console.log(`\n(also in ${tokensFile}, for "set -a; . ${tokensFile}; set +a")`);
  console.log(`\nTry:
  set -a; . .data/demo-tokens.env; set +a
  curl -s "$ONESTOP_URL" -H 'content-type: application/json' \\
    -H "authorization: Bearer $COORDINATOR_TOKEN" \\
    -d '{"query":"{ cases(first: 5) { nodes { reference status departments { code name } } } }"}'
`);
}

main().catch((error) => {
  // A cause the operator can fix is said in one line; anything else keeps its stack.
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
