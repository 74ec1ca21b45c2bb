import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import { graphql, parse } from 'graphql';
import { GatewayProofVerifier, gatewayProofHeader } from '../../services/kit';
import { subgraphsByUrl, useIdentityProofs } from '../../gateway/identity-proofs';

// Regression: a case's tasks carry fields of two department subgraphs; the gateway fetches both
// departments' entities at once, and the proof sent to one department was made for the other
// ("The gateway proof is invalid or expired"). The runtime offers onFetch the execution request
// it reads from the resolver info the siblings share; each subgraph call writes itself there,
// so once any onSubgraphExecute hook waits, the first fetch reads its sibling's request.

const { privateKey, publicKey } = generateKeyPairSync('ed25519');

const parentSdl = `
  type Query { items: [Item!]! }
  type Item @key(fields: "id") { id: ID! }
`;
const sideSdl = (field: string) => `
  type Item @key(fields: "id") { id: ID! ${field}: String! }
`;

/** A subgraph that verifies every call's proof as the kit's subgraphs do, and records refusals. */
function startSubgraph(name: string, typeDefs: string, resolvers: object) {
  const schema = buildSubgraphSchema([
    { typeDefs: parse(typeDefs), resolvers: resolvers as never },
  ]);
  const verifier = new GatewayProofVerifier(publicKey, name);
  const refusals: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const header = request.headers[gatewayProofHeader];
    let result: object;
    try {
      await verifier.verify(typeof header === 'string' ? header : null, body.query);
      result = await graphql({ schema, source: body.query, variableValues: body.variables });
    } catch (error) {
      refusals.push((error as Error).message);
      result = { errors: [{ message: (error as Error).message }] };
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result));
  });
  return { name, typeDefs, server, refusals };
}

type Subgraph = ReturnType<typeof startSubgraph>;

const subgraphs: Subgraph[] = [
  startSubgraph('parent', parentSdl, { Query: { items: () => [{ id: '1' }, { id: '2' }] } }),
  startSubgraph('left', sideSdl('left'), {
    Item: { __resolveReference: ({ id }: { id: string }) => ({ id, left: `L${id}` }) },
  }),
  startSubgraph('right', sideSdl('right'), {
    Item: { __resolveReference: ({ id }: { id: string }) => ({ id, right: `R${id}` }) },
  }),
];

const urlOf = (server: Server) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

let gateway: ReturnType<typeof createGatewayRuntime>;

beforeAll(async () => {
  await Promise.all(
    subgraphs.map(
      ({ server }) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    ),
  );
  const composed = composeServices(
    subgraphs.map(({ name, typeDefs, server }) => ({
      name,
      url: urlOf(server),
      typeDefs: parse(typeDefs),
    })),
  );
  if (!composed.supergraphSdl) throw new Error(String(composed.errors));
  const routing = Object.fromEntries(subgraphs.map(({ name, server }) => [name, urlOf(server)]));
  // Any hook that waits before a call is sent (signing a subscription's proof did): the fetch
  // then runs after its siblings have been planned.
  const waitsBeforeEachCall: GatewayPlugin = {
    async onSubgraphExecute() {
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  gateway = createGatewayRuntime({
    supergraph: composed.supergraphSdl,
    transports: { http },
    logging: false,
    plugins: () => [waitsBeforeEachCall, useIdentityProofs(privateKey, subgraphsByUrl(routing))],
  });
});

afterAll(async () => {
  await gateway?.dispose();
  await Promise.all(subgraphs.map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

describe('identity proofs of sibling subgraph calls', () => {
  it('makes each proof for the subgraph its request goes to', async () => {
    const response = await gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ items { id left right } }' }),
    });
    const result = await response.json();
    expect(subgraphs.flatMap(({ refusals }) => refusals)).toEqual([]);
    expect(result).toEqual({
      data: {
        items: [
          { id: '1', left: 'L1', right: 'R1' },
          { id: '2', left: 'L2', right: 'R2' },
        ],
      },
    });
  });
});

describe('the subgraph a fetched URL belongs to', () => {
  const of = subgraphsByUrl({
    center: 'http://center:4001/graphql',
    materials: 'http://materials:4002/graphql',
    shared: 'http://one:4000/graphql',
    also: 'http://one:4000/graphql',
  });

  it('is the one routed there, with or without a query string', () => {
    expect(of('http://center:4001/graphql')).toBe('center');
    expect(of('http://materials:4002/graphql?query=%7B__typename%7D')).toBe('materials');
  });

  it('is none for an address no subgraph, or several, are routed to', () => {
    expect(of('http://center:4001/ready')).toBeUndefined();
    expect(of('http://elsewhere/graphql')).toBeUndefined();
    expect(of('http://one:4000/graphql')).toBeUndefined();
  });
});
