import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  GraphQLError,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '@graphql-hive/logger';
import type { Registry } from 'prom-client';
import { gatewayProofExtension, type GatewayProofVerifier } from '../identity/gateway-proof';
import { checkArguments } from '../schema/argument-limits';
import { requestSeries } from '../metrics/request-metrics';
import { maskError } from '../errors/mask-error';
import { formatSubgraphError, logError } from './apollo-plugins';

export interface SubscriptionServer {
  /** Ends every open subscription and closes its socket (going away: the client reconnects). */
  close(): Promise<void>;
}

const graphqlWsProtocol = 'graphql-transport-ws';

/**
 * Subscriptions over GraphQL over WebSocket (graphql-ws) on the subgraph's `/graphql`, which is
 * how the gateway subscribes to subgraphs (Apollo Server serves queries and mutations only).
 * The gateway keeps one socket per subgraph for all callers, so each operation carries its own
 * identity proof in `extensions`, made for this subgraph and this operation's text, verified as
 * an HTTP request's header is.
 */
export function serveSubscriptions(options: {
  server: Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifier: GatewayProofVerifier;
  log: Logger;
  metrics: Registry;
}): SubscriptionServer {
  const { schema, orm, verifier, log } = options;
  const series = requestSeries(options.metrics);
  const wss = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    // Selections and variables of one subscription; uploads never come this way.
    maxPayload: 1024 * 1024,
    handleProtocols: (protocols) => (protocols.has(graphqlWsProtocol) ? graphqlWsProtocol : false),
  });
  const refuse = (errors: readonly GraphQLError[], started: number) => {
    for (const error of errors) {
      logError(log, error);
      series.error(error.extensions?.code, 'subscription');
    }
    series.answered('subscription', 200, (performance.now() - started) / 1000);
    return errors.map((error) => maskError(error) as GraphQLError);
  };
  const cleanup = useServer(
    {
      schema,
      async onSubscribe(_ctx, _id, payload) {
        const started = performance.now();
        const proof = payload.extensions?.[gatewayProofExtension];
        let identity;
        try {
          identity = await verifier.verify(typeof proof === 'string' ? proof : null, payload.query);
        } catch (error) {
          return refuse([error as GraphQLError], started);
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return refuse([error as GraphQLError], started);
        }
        const invalid = validate(schema, document);
        if (invalid.length) return refuse(invalid, started);
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return refuse(
            [
              new GraphQLError('Only subscriptions are served over WebSocket.', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
            started,
          );
        }
        try {
          checkArguments(schema, document, payload.variables);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return refuse([error], started);
        }
        series.answered('subscription', 200, (performance.now() - started) / 1000);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: { identity, em: orm.em.fork(), loaders: new Map() },
        };
      },
      onNext(_ctx, _id, _payload, _args, result: ExecutionResult) {
        if (!result.errors?.length) return;
        for (const error of result.errors) {
          logError(log, error);
          series.error((maskError(error) as GraphQLError).extensions?.code, 'subscription');
        }
        return {
          ...result,
          errors: result.errors.map((error) => formatSubgraphError(error.toJSON(), error)),
        };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => formatSubgraphError(error.toJSON(), error));
      },
    },
    wss,
  );
  return {
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
