import { readConfig } from '../config';
import type { KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { SubgraphDefinition } from '../subgraph';
import { buildFederatedSchema } from '../schema/build-federated-schema';
import { useArgumentLimits } from '../schema/argument-limits';
import { migrate, openOrm } from '../database/orm';
import { GatewayProofVerifier, gatewayProofHeader } from '../identity/gateway-proof';
import { maskError } from '../errors/mask-error';
import type { RequestContext } from '../context/request-context';
import { createDrainableServer } from './drainable-server';
import { serviceLog } from '../logging/log';
import { withRequestScope } from '../logging/request-scope';
import { withoutCountingStatements } from '../database/sql-statements';
import { startEventDelivery, type EventDelivery } from '../events/event-delivery';
import { createMetricsRegistry } from '../metrics/registry';
import { useRequestMetrics } from '../metrics/request-metrics';
import { useMetricsEndpoint } from '../metrics/metrics-endpoint';
import {
  registerConsumerLag,
  registerConsumerTroubles,
  timedConsumers,
} from '../metrics/event-metrics';
import { startTracing } from '../telemetry/tracing';
import { traceSqlStatements, useSubgraphTracing } from '../telemetry/subgraph-tracing';

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

function readiness(orm: MikroORM): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      const ready = await orm.isConnected();
      endResponse(
        new fetchAPI.Response(ready ? 'ready' : 'database unreachable', {
          status: ready ? 200 : 503,
        }),
      );
    },
  };
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
  const workers = await Promise.all(
    // Workers run beside requests; what they send is no request's cost.
    (definition.workers ?? []).map((worker) =>
      withoutCountingStatements(() => worker(orm, { databaseUrl: options.databaseUrl })),
    ),
  );
  const verifier = new GatewayProofVerifier(options.gatewayPublicKey, definition.name);

  const yoga = createYoga<object, RequestContext>({
    schema: await subgraphSchema(definition),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: false,
    landingPage: false,
    logging: serviceLog(definition.name),
    maskedErrors: { maskError, isDev: false },
    plugins: [
      ...(tracing ? [useSubgraphTracing(tracing.tracer)] : []),
      readiness(orm),
      useMetricsEndpoint(metrics),
      useRequestMetrics(metrics),
      useArgumentLimits(),
    ],
    context: async ({ request, params }) => {
      try {
        const identity = await verifier.verify(
          request.headers.get(gatewayProofHeader),
          params.query,
        );
        return { identity, em: orm.em.fork(), loaders: new Map() };
      } catch (error) {
        const message = error instanceof Error ? error.message : 'Unauthenticated.';
        throw new GraphQLError(message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
    },
  });

  const { server, drain } = createDrainableServer(withRequestScope(yoga));
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
    drainEvents: () => delivery?.drain() ?? Promise.resolve(0),
    async stop() {
      // Workers first: live streams they feed end, so open subscriptions do not hold the close.
      await Promise.all(workers.map((worker) => worker.stop()));
      await drain();
      await delivery?.stop();
      await orm.close();
      await tracing?.shutdown();
    },
  };
}
