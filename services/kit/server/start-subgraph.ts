import { readConfig } from '../config';
import type { KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  context as otelContext,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  trace,
} from '@opentelemetry/api';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { SubgraphDefinition } from '../subgraph';
import { buildFederatedSchema } from '../schema/build-federated-schema';
import { migrate, openOrm } from '../database/orm';
import { GatewayProofVerifier, gatewayProofHeader } from '../identity/gateway-proof';
import type { RequestContext } from '../context/request-context';
import { createDrainableServer } from './drainable-server';
import { serviceLog } from '../logging/log';
import { withRequestScope } from '../logging/request-scope';
import { withoutCountingStatements } from '../database/sql-statements';
import { startEventDelivery, type EventDelivery } from '../events/event-delivery';
import type { EventBridge } from '../events/jetstream/event-bridge';
import { createMetricsRegistry } from '../metrics/registry';
import { requestSeries } from '../metrics/request-metrics';
import { metricsPath } from '../metrics/registry';
import {
  registerConsumerLag,
  registerConsumerTroubles,
  timedConsumers,
} from '../metrics/event-metrics';
import { startTracing } from '../telemetry/tracing';
import { traceSqlStatements } from '../telemetry/subgraph-tracing';
import {
  formatSubgraphError,
  logError,
  requestRecord,
  subgraphPlugin,
  type RequestRecord,
} from './apollo-plugins';
import { readGraphQLRequest } from './graphql-request';
import { serveSubscriptions } from './subscriptions';

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  /** Delivers pending events to this subgraph's consumers now (tests use it to settle). */
  drainEvents(): Promise<number>;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  /** Verifies the gateway's identity proofs (see gatewayVerifyingKey). */
  gatewayPublicKey: KeyObject;
  /** 0 picks a free port. Defaults to the definition's port. */
  port?: number;
  /** All interfaces by default (a container of its own); the one-process hub uses 127.0.0.1. */
  host?: string;
  /** Run migrations before serving (default true). */
  migrate?: boolean;
  /** Also report the process's CPU, memory and event loop on /metrics (one service per process). */
  processMetrics?: boolean;
  /**
   * Exchange the database's events with other databases through NATS JetStream (see
   * events/jetstream): its relay (unless `relay` is false) and its ingest run beside this subgraph.
   */
  eventBridge?: { natsUrl: string; relay?: boolean };
}

/** Headers no cross-site form can send: the gateway's proof, or Apollo's preflight headers. */
const csrfHeaders = [gatewayProofHeader, 'apollo-require-preflight', 'x-apollo-operation-name'];

function send(response: ServerResponse, status: number, body: string, contentType: string): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** Writes Apollo Server's answer: one body, or the chunks of an incremental delivery. */
async function write(response: ServerResponse, result: HTTPGraphQLResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of result.headers) headers[name] = value;
  response.writeHead(result.status ?? 200, headers);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

const schemas = new WeakMap<SubgraphDefinition, Promise<GraphQLSchema>>();

export function subgraphSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  let schema = schemas.get(definition);
  if (!schema) {
    schema = buildFederatedSchema(definition.schema);
    schemas.set(definition, schema);
  }
  return schema;
}

export async function startSubgraph(
  definition: SubgraphDefinition,
  options: StartOptions,
): Promise<RunningSubgraph> {
  const orm = await openOrm({
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    databaseUrl: options.databaseUrl,
  });
  if (options.migrate !== false) await migrate(orm);
  const tracing = startTracing(definition.name);
  if (tracing) traceSqlStatements(orm, tracing.tracer, definition.name);
  const metrics = createMetricsRegistry(definition.name, {
    processMetrics: options.processMetrics,
  });
  const consumers = definition.consumers ?? [];
  registerConsumerLag(metrics, orm, consumers);
  registerConsumerTroubles(metrics, orm, consumers);
  definition.metrics?.(metrics, orm);
  const delivery: EventDelivery | null = consumers.length
    ? await startEventDelivery(orm, timedConsumers(consumers, metrics), options.databaseUrl, {
        retentionDays: readConfig().eventRetentionDays,
      })
    : null;
  // Loaded only when configured: a hub on one database never loads the NATS client.
  const bridge: EventBridge | null = options.eventBridge
    ? await (
        await import('../events/jetstream/event-bridge')
      ).startEventBridge(orm, {
        ...options.eventBridge,
        databaseUrl: options.databaseUrl,
        retentionDays: readConfig().eventRetentionDays,
        name: definition.name,
      })
    : null;
  const workers = await Promise.all(
    // Workers run beside requests; what they send is no request's cost.
    (definition.workers ?? []).map((worker) =>
      withoutCountingStatements(() => worker(orm, { databaseUrl: options.databaseUrl })),
    ),
  );
  const verifier = new GatewayProofVerifier(options.gatewayPublicKey, definition.name);

  const schema = await subgraphSchema(definition);
  const log = serviceLog(definition.name);
  const series = requestSeries(metrics);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Errors raised on purpose keep their code; anything else is masked (see maskError).
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
    // Only the gateway calls a subgraph; it sends whole documents, never hashes.
    persistedQueries: false,
    // A request carrying the gateway's proof header (or Apollo's own) was preflighted: a
    // browser cannot send it cross-site. Multipart uploads are checked the same way below.
    csrfPrevention: { requestHeaders: csrfHeaders },
    logger: log,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), subgraphPlugin(log)],
  });
  await apollo.start();

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') return send(response, 200, 'ok', 'text/plain');
    if (url.pathname === '/ready') {
      const ready = await orm.isConnected();
      return send(
        response,
        ready ? 200 : 503,
        ready ? 'ready' : 'database unreachable',
        'text/plain',
      );
    }
    if (url.pathname === metricsPath) {
      return send(response, 200, await metrics.metrics(), metrics.contentType);
    }
    if (url.pathname !== '/graphql') return send(response, 404, 'not found', 'text/plain');
    const started = performance.now();
    const record: RequestRecord = { operationType: 'unknown', codes: [] };
    let status = 500;
    try {
      const parent = propagation.extract(ROOT_CONTEXT, request.headers);
      const span = tracing?.tracer.startSpan(
        'graphql.operation',
        { kind: SpanKind.SERVER },
        parent,
      );
      record.span = span;
      const run = async () => {
        try {
          const read = await readGraphQLRequest(request);
          if (!csrfHeaders.some((name) => read.http.headers.has(name))) {
            throw new GraphQLError('Send one of the headers ' + csrfHeaders.join(', ') + '.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          const identity = await verifier.verify(
            read.http.headers.get(gatewayProofHeader),
            read.query,
          );
          const contextValue: RequestContext & { [requestRecord]: RequestRecord } = {
            identity,
            em: orm.em.fork(),
            loaders: new Map(),
            [requestRecord]: record,
          };
          return await apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: read.http,
            context: async () => contextValue,
          });
        } finally {
          span?.end();
        }
      };
      const result = span ? await otelContext.with(trace.setSpan(parent, span), run) : await run();
      status = result.status ?? 200;
      await write(response, result);
    } catch (error) {
      const refusal =
        error instanceof GraphQLError
          ? error
          : new GraphQLError('Unexpected error.', {
              originalError: error as Error,
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            });
      logError(log, refusal);
      record.codes.push(refusal.extensions?.code);
      status = (refusal.extensions?.http as { status?: number } | undefined)?.status ?? 500;
      const body = JSON.stringify({ errors: [formatSubgraphError(refusal.toJSON(), refusal)] });
      send(response, status, body, 'application/json; charset=utf-8');
    } finally {
      for (const code of record.codes) series.error(code, record.operationType);
      series.answered(record.operationType, status, (performance.now() - started) / 1000);
    }
  };

  const { server, drain } = createDrainableServer(
    withRequestScope((request, response) => {
      answer(request, response).catch((error) => {
        log.error({ error }, 'answering a request failed');
        if (!response.headersSent) send(response, 500, 'internal error', 'text/plain');
        else response.destroy();
      });
    }),
  );
  const subscriptions = serveSubscriptions({ server, schema, orm, verifier, log, metrics });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? definition.port, options.host ?? '0.0.0.0', resolve);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    name: definition.name,
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    orm,
    drainEvents: async () => ((await bridge?.drain()) ?? 0) + ((await delivery?.drain()) ?? 0),
    async stop() {
      // Workers first: live streams they feed end, so open subscriptions do not hold the close.
      await Promise.all(workers.map((worker) => worker.stop()));
      await subscriptions.close();
      await drain();
      await apollo.stop();
      await bridge?.stop();
      await delivery?.stop();
      await orm.close();
      await tracing?.shutdown();
    },
  };
}
