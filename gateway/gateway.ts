import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from '@graphql-mesh/transport-http';
import ws from '@graphql-mesh/transport-ws';
import useMeshPrometheus, { createCounter } from '@graphql-mesh/plugin-prometheus';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  createMetricsRegistry,
  gatewaySigningKey,
  metricsPath,
  serviceLog,
  startTracing,
  useRequestMetrics,
  useArgumentLimits,
  type HubConfig,
  type Identity,
} from '../services/kit';
import { createUserTokenVerifier } from './user-token';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { corsOptions, csrfHeaders, useSecurityHeaders } from './browser-security';
import { clientAddress } from './client-address';
import { maskGatewayError } from './mask-gateway-error';
import { FixedWindowCounter } from './fixed-window-counter';
import { subgraphsByUrl, useIdentityProofs } from './identity-proofs';
import { defaultCostLimits, useQueryCost, type CostLimits } from './query-cost';
import { useRateLimits } from './rate-limits';
import { routingUrls } from './supergraph';
import { defaultLimits, useQueryLimits, type QueryLimits } from './limits';
import { useSubgraphReadiness } from './subgraph-readiness';
import { useBodyLimit } from './body-limit';
import { trustedDocumentsOptions } from './trusted-documents';
import { graphiqlOptions, renderGraphiQL } from './graphiql';

export interface GatewayOptions {
  /** The supergraph, or the one to serve now when it may change (see `SupergraphSource`). */
  supergraphSdl: string | (() => string);
  config: HubConfig;
  limits?: QueryLimits;
  costLimits?: CostLimits;
  /** Also report the process's CPU, memory and event loop on /metrics (one service per process). */
  processMetrics?: boolean;
}

interface IdentityContext {
  identity?: Identity;
}

/**
 * Verifies the caller's token once per request and keeps the identity on the context. An
 * address that keeps sending invalid tokens is turned away for the rest of the minute, so
 * tokens cannot be guessed at the gateway's speed.
 */
function useUserIdentity(config: HubConfig): Plugin<IdentityContext> {
  const verify = createUserTokenVerifier(config);
  const invalidTokens = new FixedWindowCounter(60_000);
  return {
    async onContextBuilding({ context, extendContext }) {
      const request = (context as { request?: Request }).request;
      const authorization = request?.headers.get('authorization') ?? null;
      const address = clientAddress(context);
      if (authorization && invalidTokens.count(address) >= config.invalidTokensPerMinute) {
        throw new GraphQLError('Too many invalid tokens from this address: retry in a minute.', {
          extensions: { code: 'TOO_MANY_INVALID_TOKENS', http: { status: 429 } },
        });
      }
      try {
        extendContext({ identity: await verify(authorization) });
      } catch (error) {
        invalidTokens.add(address);
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
  const supergraph =
    typeof options.supergraphSdl === 'string'
      ? () => options.supergraphSdl as string
      : options.supergraphSdl;
  // Where each subgraph is, read again when the supergraph changes: a new subgraph's calls get
  // their identity proofs and /readiness asks it too.
  let routed:
    | {
        sdl: string;
        subgraphs: [string, string][];
        subgraphOf: (url: string) => string | undefined;
      }
    | undefined;
  const routing = () => {
    const sdl = supergraph();
    if (routed?.sdl !== sdl) {
      const urls = routingUrls(sdl);
      routed = { sdl, subgraphs: Object.entries(urls), subgraphOf: subgraphsByUrl(urls) };
    }
    return routed;
  };
  const metrics = createMetricsRegistry('gateway', { processMetrics: options.processMetrics });
  // The runtime's plugin (1.5.3) takes its tracer from the global provider, whatever it is given.
  const tracing = startTracing('gateway', { global: true });
  return createGatewayRuntime<IdentityContext>({
    // A function: the runtime asks it again when told the supergraph changed
    // (`invalidateUnifiedGraph`), and keeps serving the old one if the new one fails to load.
    supergraph: () => supergraph(),
    transports: { http, ws },
    // Subgraphs (Apollo Server) serve subscriptions over GraphQL over WebSocket on /graphql;
    // queries and mutations stay on HTTP.
    transportEntries: {
      '*.http': {
        options: {
          subscriptions: { kind: 'ws', location: '/graphql' },
        },
      },
    },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    // The runtime's own check only knows the supergraph is loaded; /readiness asks the subgraphs.
    readinessCheckEndpoint: '/readiness/supergraph',
    // GraphiQL from the project's own dependencies (no CDN: it works on a closed network), with
    // the bearer token's header ready to fill in. Production serves none.
    graphiql: config.production ? false : graphiqlOptions,
    renderGraphiQL,
    landingPage: false,
    // GraphQL multipart requests: files reach the subgraph that declares the Upload argument.
    multipart: true,
    logging: serviceLog('gateway'),
    maskedErrors: { maskError: maskGatewayError, isDev: false },
    // A subgraph that stops answering (frozen, overloaded, network gone) fails the call with
    // GATEWAY_TIMEOUT instead of holding the request; a subscription lives as long as it is open.
    upstreamTimeout: ({ executionRequest }) =>
      executionRequest?.operationType === 'subscription' ? undefined : config.timeouts.subgraphMs,
    // A new supergraph (see main.ts) serves new requests; those in flight, mutations too, finish
    // on the one they started on, which is dropped once they have (at most a subgraph timeout).
    gracefulSchemaReload: { drainTimeout: config.timeouts.subgraphMs },
    persistedDocuments: trustedDocumentsOptions(config),
    disableIntrospection: config.production ? { disableIf: () => true } : undefined,
    cors: corsOptions(config),
    csrfPrevention: { requestHeaders: csrfHeaders },
    plugins: ({ log }) => [
      // The runtime's OpenTelemetry plugin: spans for the request, its phases and every subgraph
      // call, continuing the caller's W3C trace context and passing it on to the subgraphs.
      ...(tracing
        ? [
            useOpenTelemetry({
              log,
              traces: { tracer: tracing.tracer },
              useContextManager: true,
              inheritContext: true,
              propagateContext: true,
              flushOnDispose: false,
            }),
            { onDispose: () => tracing.shutdown() },
          ]
        : []),
      // The runtime's Prometheus plugin: GraphQL phases and every subgraph call, on /metrics.
      useMeshPrometheus({
        log,
        registry: metrics,
        endpoint: metricsPath,
        metrics: {
          // The plugin's own counter labels each error with the caller's operation name.
          graphql_gateway_subgraph_execute_errors: createCounter({
            registry: metrics,
            counter: {
              name: 'graphql_gateway_subgraph_execute_errors',
              help: 'Errors in the answers of subgraph calls, by subgraph and operation type.',
              labelNames: ['subgraphName', 'operationType'],
            },
            fillLabelsFn: ({ subgraphName, executionRequest }) => ({
              subgraphName,
              operationType: executionRequest.operationType ?? 'query',
            }),
          }),
        },
        // Callers choose operation names, URLs (a GET carries its query) and error paths: as
        // labels they would let anyone grow the series without bound.
        labels: { subgraphName: true, operationName: false, url: false, path: false },
      }),
      // The same request, latency and error-code series as every subgraph reports.
      useRequestMetrics(metrics),
      useSecurityHeaders(config),
      // Production says nothing of the schema, not even "Did you mean ...?" to a mistyped field.
      ...(config.production ? [blockFieldSuggestionsPlugin() as Plugin] : []),
      useSubgraphReadiness(() => routing().subgraphs),
      useUserIdentity(config) as Plugin,
      useIdentityProofs(signingKey, (url) => routing().subgraphOf(url)) as Plugin,
      useQueryLimits(options.limits ?? defaultLimits) as Plugin,
      useQueryCost(options.costLimits ?? defaultCostLimits) as Plugin,
      ...(config.rateLimitPerMinute > 0 ? [useRateLimits(config.rateLimitPerMinute)] : []),
      useBodyLimit() as Plugin,
      // Oversized arguments are refused here, before any subgraph is called.
      useArgumentLimits() as Plugin,
    ],
  });
}
