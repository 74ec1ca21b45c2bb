import { readConfig, StartupError, stopOnSignals } from '../services/kit';
import { demoPeople } from '../services/demo-people';
import { signUserToken } from '../gateway/user-token';
import { startHub } from './hub';

async function main() {
  const started = Date.now();
  const hub = await startHub({
    gatewayPort: Number(process.env.PORT ?? 4000),
    // 'auto' lets several hubs run side by side (the start test does).
    subgraphPort: process.env.ONESTOP_SUBGRAPH_PORTS === 'auto' ? 0 : undefined,
    log: (line) => console.log(line),
  });
  stopOnSignals(hub.stop, (line) => console.log(`\n${line}`));

  const { userTokenSecret } = readConfig();
  console.log(`\nOneStop is ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`GraphQL endpoint (GraphiQL in a browser): ${hub.gatewayUrl}\n`);
  console.log('Demo tokens (send as "Authorization: Bearer <token>"):');
  for (const [role, identity] of Object.entries(demoPeople)) {
    console.log(`  ${role.padEnd(20)} ${await signUserToken(identity, userTokenSecret)}`);
  }
  console.log(`\nTry:
  curl -s ${hub.gatewayUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer <coordinator token>" \\
    -d '{"query":"{ cases(first: 5) { nodes { reference status departments { code name } } } }"}'
`);
}

main().catch((error) => {
  // A cause the operator can fix is said in one line; anything else keeps its stack.
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
