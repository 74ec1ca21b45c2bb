import { createServer, type Server } from 'node:http';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';
import { gatewayProofHeader } from '../../services/kit';
import { startGateway } from '../../gateway/main';
import { postGraphQL, type GraphQLResponse } from '../kit/graphql-client';
import { observe } from '../kit/observe';

/**
 * Two small subgraphs answering one field each, and a gateway on a supergraph file in a temp
 * directory: a department deploying composes a new supergraph, and the running gateway serves it.
 */
interface FakeSubgraph {
  name: string;
  field: string;
  server: Server;
  url: string;
  /** Whether each call it took carried the gateway's identity proof. */
  proofs: boolean[];
  /** Answers to mutations it holds, to send when called. */
  held: (() => void)[];
}

async function fakeSubgraph(name: string, field: string): Promise<FakeSubgraph> {
  const proofs: boolean[] = [];
  const held: (() => void)[] = [];
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/ready') {
      response.end('ready');
      return;
    }
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      proofs.push(Boolean(request.headers[gatewayProofHeader]));
      const query = String(JSON.parse(body).query ?? '');
      response.setHeader('content-type', 'application/json');
      if (query.includes('slowly')) {
        // A mutation still running when the supergraph changes: answered when the test says.
        held.push(() => response.end(JSON.stringify({ data: { slowly: `done by ${name}` } })));
        return;
      }
      response.end(
        JSON.stringify({
          data: {
            __typename: 'Query',
            ...(query.includes(field) ? { [field]: `${field} from ${name}` } : {}),
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { name, field, server, url: `http://127.0.0.1:${port}/graphql`, proofs, held };
}

const subgraphSdl = (field: string) => `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@shareable"])
  type Query {
    "A field of its own."
    ${field}: String
  }
  type Mutation {
    "A slow change of its own."
    ${field === 'hello' ? 'slowly' : `${field}Slowly`}: String
  }
`;

function supergraphOf(subgraphs: FakeSubgraph[]): string {
  const composed = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.url,
      typeDefs: parse(subgraphSdl(subgraph.field)),
    })),
  );
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return composed.supergraphSdl;
}

/** As a deployment writes it: whole, by a rename (a poll never reads half a file). */
function writeSupergraph(content: string) {
  writeFileSync(`${file}.next`, content);
  renameSync(`${file}.next`, file);
}

let directory: string;
let file: string;
let alpha: FakeSubgraph;
let beta: FakeSubgraph;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const pollMs = 100;
const previousLevel = process.env.ONESTOP_LOG_LEVEL;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'onestop-supergraph-'));
  file = join(directory, 'supergraph.graphql');
  alpha = await fakeSubgraph('alpha', 'hello');
  beta = await fakeSubgraph('beta', 'world');
  writeSupergraph(supergraphOf([alpha]));
  // The reload is logged at info.
  process.env.ONESTOP_LOG_LEVEL = 'info';
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraph: file,
    supergraphPollMs: pollMs,
  });
}, 60_000);

afterAll(async () => {
  if (previousLevel === undefined) delete process.env.ONESTOP_LOG_LEVEL;
  else process.env.ONESTOP_LOG_LEVEL = previousLevel;
  await gateway?.stop();
  for (const subgraph of [alpha, beta]) subgraph?.server.close();
  rmSync(directory, { recursive: true, force: true });
});

const ask = (query: string) =>
  postGraphQL(gateway.url.replace('localhost', '127.0.0.1'), { query });

/** Asks until the answer passes `done`, or 10 s passed; the last answer and how long it took. */
async function askUntil(query: string, done: (answer: GraphQLResponse) => boolean) {
  const started = Date.now();
  for (;;) {
    const answer = await ask(query);
    if (done(answer) || Date.now() - started > 10_000) {
      return { answer, tookMs: Date.now() - started };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const logged = (lines: string[], message: string) =>
  lines.filter((line) => line.includes(message)).map((line) => JSON.parse(line));

it('serves a supergraph written after it started, keeps the old one when a new one is broken', async () => {
  expect((await ask('{ hello }')).data).toEqual({ hello: 'hello from alpha' });
  const before = await ask('{ world }');
  expect(before.data).toBeUndefined();
  expect(before.errors?.[0].message).toMatch(/world/);

  // Beta is deployed: the supergraph is composed again with it, the gateway is not restarted;
  // a mutation that was running meanwhile finishes on the old supergraph.
  const slowMutation = ask('mutation { slowly }');
  while (alpha.held.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const added = await observe(async () => {
    writeSupergraph(supergraphOf([alpha, beta]));
    return askUntil('{ hello world }', (answer) => answer.data?.world !== undefined);
  });
  alpha.held.shift()!();
  const mutated = await slowMutation;
  expect(mutated.errors).toBeUndefined();
  expect(mutated.data).toEqual({ slowly: 'done by alpha' });
  expect(added.result.answer.errors).toBeUndefined();
  expect(added.result.answer.data).toEqual({ hello: 'hello from alpha', world: 'world from beta' });
  expect(added.result.tookMs).toBeLessThan(5_000);
  // The new subgraph's calls carry identity proofs, and /readiness asks it too.
  expect(beta.proofs.length).toBeGreaterThan(0);
  expect(beta.proofs.every(Boolean)).toBe(true);
  const readiness = await fetch(gateway.url.replace('/graphql', '/readiness'));
  expect(await readiness.json()).toEqual({
    status: 'ready',
    subgraphs: { alpha: 'ready', beta: 'ready' },
  });
  expect(logged(added.logLines, 'serving a new supergraph')).toEqual([
    expect.objectContaining({ level: 'info', supergraph: file, added: ['beta'], removed: [] }),
  ]);

  // A half-written or hand-broken file, then one that routes nowhere: neither is served.
  const broken = await observe(async () => {
    for (const content of ['schema { query: Query', 'type Query { nothing: String }']) {
      writeSupergraph(content);
      await new Promise((resolve) => setTimeout(resolve, pollMs * 5));
      const answer = await ask('{ hello world }');
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ hello: 'hello from alpha', world: 'world from beta' });
    }
  });
  const problems = logged(broken.logLines, 'does not load: still serving the previous one');
  expect(problems.map((line) => [line.level, line.supergraph])).toEqual([
    ['error', file],
    ['error', file],
  ]);
  expect(problems[0].problem).toMatch(/Syntax Error/);
  expect(problems[1].problem).toMatch(/routes to no subgraph/);

  // The next good supergraph is served again: beta withdrawn.
  writeSupergraph(supergraphOf([alpha]));
  const withdrawn = await askUntil('{ world }', (answer) => answer.data === undefined);
  expect(withdrawn.answer.errors?.[0].message).toMatch(/world/);
  expect((await ask('{ hello }')).data).toEqual({ hello: 'hello from alpha' });
}, 60_000);
