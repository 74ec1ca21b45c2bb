import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  gatewayProofHeader,
  gatewaySigningKey,
  readConfig,
  signGatewayProof,
  type Identity,
} from '../../services/kit';
import { createUserTokenVerifier } from '../../gateway/user-token';
import {
  readSupergraph,
  routingUrls,
  routingUrlsFromEnv,
  withRoutingUrls,
} from '../../gateway/supergraph';

/**
 * The same supergraph served by `@apollo/gateway`, doing the same identity work as ours (verify
 * the user token, sign the proof subgraphs require), so the two gateways are compared like for
 * like.
 */
async function main() {
  const config = readConfig();
  const verify = createUserTokenVerifier(config);
  const signingKey = gatewaySigningKey(config);
  const composed = readSupergraph();
  const supergraphSdl = withRoutingUrls(
    composed,
    routingUrlsFromEnv(process.env, Object.keys(routingUrls(composed))),
  );
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<{ identity: Identity }>({
        url,
        async willSendRequest({ request, context }) {
          const proof = await signGatewayProof(context.identity, signingKey, {
            subgraph: name,
            query: request.query ?? '',
          });
          request.http!.headers.set(gatewayProofHeader, proof);
        },
      }),
  });
  const server = new ApolloServer<{ identity: Identity }>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT) },
    context: async ({ req }) => {
      return { identity: await verify(req.headers.authorization ?? null) };
    },
  });
  console.log(`Apollo gateway ready at ${url}`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
