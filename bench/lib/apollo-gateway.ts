import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  gatewayProofHeader,
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
  const composed = readSupergraph();
  const supergraphSdl = withRoutingUrls(
    composed,
    routingUrlsFromEnv(process.env, Object.keys(routingUrls(composed))),
  );
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ proof: Promise<string> }>({
        url,
        async willSendRequest({ request, context }) {
          request.http!.headers.set(gatewayProofHeader, await context.proof);
        },
      }),
  });
  const server = new ApolloServer<{ proof: Promise<string> }>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT) },
    context: async ({ req }) => {
      const identity: Identity = await verify(req.headers.authorization ?? null);
      return { proof: signGatewayProof(identity, config.gatewaySecret) };
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
