import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { gatewaySigningKey, maskError, type HubConfig, type Identity } from '../services/kit';
import { createUserTokenVerifier } from './user-token';
import { useIdentityProofs } from './identity-proofs';
import { routingUrls } from './supergraph';
import { defaultLimits, useQueryLimits, type QueryLimits } from './limits';

export interface GatewayOptions {
  supergraphSdl: string;
  config: HubConfig;
  limits?: QueryLimits;
}

interface IdentityContext {
  identity?: Identity;
}

/** Verifies the caller's token once per request and keeps the identity on the context. */
function useUserIdentity(config: HubConfig): Plugin<IdentityContext> {
  const verify = createUserTokenVerifier(config);
  return {
    async onContextBuilding({ context, extendContext }) {
      const request = (context as { request?: Request }).request;
      try {
        extendContext({ identity: await verify(request?.headers.get('authorization') ?? null) });
      } catch (error) {
        // A bad token fails the whole request, before any subgraph is called.
        const { message, extensions } = error as GraphQLError;
        throw new GraphQLError(message, { extensions: { ...extensions, http: { status: 401 } } });
      }
    },
  };
}

export function createHubGateway(options: GatewayOptions): GatewayRuntime<IdentityContext> {
  const { config } = options;
  const signingKey = gatewaySigningKey(config);
  const subgraphs = Object.entries(routingUrls(options.supergraphSdl));
  const subgraphOfUrl = (url: string) => subgraphs.find(([, routing]) => routing === url)?.[0];
  return createGatewayRuntime<IdentityContext>({
    supergraph: options.supergraphSdl,
    transports: { http },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    graphiql: config.production ? false : { title: 'OneStop' },
    landingPage: false,
    // GraphQL multipart requests: files reach the subgraph that declares the Upload argument.
    multipart: true,
    logging: process.env.ONESTOP_GATEWAY_LOG === '1' ? 'info' : 'error',
    maskedErrors: { maskError, isDev: false },
    disableIntrospection: config.production ? { disableIf: () => true } : undefined,
    plugins: () => [
      useUserIdentity(config) as Plugin,
      useIdentityProofs(signingKey, subgraphOfUrl) as Plugin,
      useQueryLimits(options.limits ?? defaultLimits) as Plugin,
    ],
  });
}
