import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, readConfig, StartupError, stopOnSignals } from '../services/kit';
import { demoPeople } from '../services/demo-people';
import { signUserToken } from '../gateway/user-token';
import { startHub } from './hub';

const tokensFile = join(projectRoot(), '.data', 'demo-tokens.env');

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

  const { userTokenSecret } = readConfig();
  console.log(`\nOneStop is ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`GraphQL endpoint (GraphiQL in a browser): ${hub.gatewayUrl}\n`);
  console.log('Demo tokens (send as "Authorization: Bearer <token>"):');
  const variables: string[] = [];
  for (const [role, identity] of Object.entries(demoPeople)) {
    const token = await signUserToken(identity, userTokenSecret);
    console.log(`  ${role.padEnd(20)} ${token}`);
    variables.push(`${role.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_TOKEN=${token}`);
  }
  // The README's commands read the tokens from here: `. .data/demo-tokens.env`.
  mkdirSync(join(projectRoot(), '.data'), { recursive: true });
  writeFileSync(tokensFile, `ONESTOP_URL=${hub.gatewayUrl}\n${variables.join('\n')}\n`);
  console.log(`\n(also in ${tokensFile}, for "set -a; . ${tokensFile}; set +a")`);
  console.log(`\nTry:
  curl -s ${hub.gatewayUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer $COORDINATOR_TOKEN" \\
    -d '{"query":"{ cases(first: 5) { nodes { reference status departments { code name } } } }"}'
`);
}

main().catch((error) => {
  // A cause the operator can fix is said in one line; anything else keeps its stack.
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
