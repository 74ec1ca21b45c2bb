import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';
import { isErrorCode } from '../errors/error-catalog';
import { metricsPath } from './registry';

/** Seconds; GraphQL answers here take milliseconds, a slow one seconds. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * An error's `extensions.code` as a label: catalogued codes as they are, anything else one value,
 * so a caller cannot grow the series by inventing codes.
 */
export const errorCodeLabel = (code: unknown): string =>
  isErrorCode(code) ? code : code === undefined ? 'NONE' : 'UNCATALOGUED';

const operationTypes = new Set(['query', 'mutation', 'subscription']);

function errorsOf(result: unknown): readonly GraphQLError[] {
  if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return [];
  const results = Array.isArray(result) ? result : [result];
  return results.flatMap((one: ExecutionResult) => one.errors ?? []);
}

/**
 * GraphQL requests, their latency and their errors by `extensions.code`, counted the same way by
 * the gateway and every subgraph: `onestop_graphql_requests_total`,
 * `onestop_graphql_request_duration_seconds`, `onestop_graphql_errors_total`.
 */
export function useRequestMetrics(registry: Registry): Plugin {
  const requests = new Counter({
    name: 'onestop_graphql_requests_total',
    help: 'GraphQL requests answered, by operation type and HTTP status.',
    labelNames: ['operation_type', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'onestop_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its answer, by operation type.',
    labelNames: ['operation_type'],
    buckets: durationBuckets,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'onestop_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code and operation type.',
    labelNames: ['code', 'operation_type'],
    registers: [registry],
  });
  const started = new WeakMap<Request, number>();
  const operationTypeOf = new WeakMap<Request, string>();
  const typeOf = (request: Request) => operationTypeOf.get(request) ?? 'unknown';

  return {
    onRequest({ request, url }) {
      if (url.pathname !== metricsPath) started.set(request, performance.now());
    },
    onParse({ context }) {
      const { request, params } = context as {
        request?: Request;
        params?: { operationName?: string };
      };
      if (!request) return undefined;
      return ({ result }) => {
        if (result instanceof Error) return;
        const operation = getOperationAST(result, params?.operationName)?.operation;
        if (operation && operationTypes.has(operation)) operationTypeOf.set(request, operation);
      };
    },
    onResultProcess({ request, result }) {
      for (const error of errorsOf(result)) {
        errors.inc({
          code: errorCodeLabel(error.extensions?.code),
          operation_type: typeOf(request),
        });
      }
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      // Health, readiness and other non-GraphQL paths are not requests of the graph.
      if (start === undefined || !isGraphQLPath(request)) return;
      const labels = { operation_type: typeOf(request) };
      requests.inc({ ...labels, status: String(response.status) });
      duration.observe(labels, (performance.now() - start) / 1000);
    },
  };
}

const isGraphQLPath = (request: Request) => new URL(request.url).pathname === '/graphql';
