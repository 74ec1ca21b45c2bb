import { spawn, type ChildProcess } from 'node:child_process';
import { startGateway } from '../../gateway/main';
import { errorCodes, postGraphQL } from '../kit/graphql-client';

/**
 * A subgraph frozen with SIGSTOP: the kernel still accepts connections to its port, but nothing
 * answers. The gateway must answer GATEWAY_TIMEOUT within its time limit instead of hanging.
 */
const answeringSubgraph = `
  const http = require('node:http');
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: { department: { name: 'Still here' } } }));
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

let subgraph: ChildProcess;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const timeoutMs = 1_500;
const previous = process.env.ONESTOP_SUBGRAPH_TIMEOUT_MS;

beforeAll(async () => {
  subgraph = spawn(process.execPath, ['-e', answeringSubgraph], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) =>
    subgraph.stdout!.once('data', (chunk) => resolve(Number(String(chunk).trim()))),
  );
  process.env.ONESTOP_SUBGRAPH_TIMEOUT_MS = String(timeoutMs);
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: { center: `http://127.0.0.1:${port}/graphql` },
  });
}, 60_000);

afterAll(async () => {
  if (previous === undefined) delete process.env.ONESTOP_SUBGRAPH_TIMEOUT_MS;
  else process.env.ONESTOP_SUBGRAPH_TIMEOUT_MS = previous;
  subgraph?.kill('SIGCONT');
  subgraph?.kill('SIGKILL');
  await gateway?.stop();
});

const departmentName = () =>
  postGraphQL(gateway.url.replace('localhost', '127.0.0.1'), {
    query: '{ department(code: "AMR") { name } }',
  });

it('answers GATEWAY_TIMEOUT for a frozen subgraph within its time limit, and recovers', async () => {
  const answered = await departmentName();
  expect(answered.data).toEqual({ department: { name: 'Still here' } });

  subgraph.kill('SIGSTOP');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const started = Date.now();
    const frozen = await departmentName();
    const took = Date.now() - started;
    expect(errorCodes(frozen)).toEqual(['GATEWAY_TIMEOUT']);
    expect(took).toBeGreaterThanOrEqual(timeoutMs - 100);
    // Bounded: the limit plus room for a loaded machine, never the 90 s hang of before.
    expect(took).toBeLessThan(timeoutMs + 8_000);
  }

  subgraph.kill('SIGCONT');
  expect((await departmentName()).data).toEqual({ department: { name: 'Still here' } });
}, 60_000);
