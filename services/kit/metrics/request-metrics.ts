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

/** The three request series, registered once per registry; both server kinds record into them. */
export interface RequestSeries {
  /** One answered request: its operation type, HTTP status and seconds taken. */
  answered(operationType: string, status: number, seconds: number): void;
  /** One error in an answer, by its `extensions.code`. */
  error(code: unknown, operationType: string): void;
}

const seriesOf = new WeakMap<Registry, RequestSeries>();

export function requestSeries(registry: Registry): RequestSeries {
  const known = seriesOf.get(registry);
  if (known) return known;
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
  const series: RequestSeries = {
    answered(operationType, status, seconds) {
      const type = operationTypes.has(operationType) ? operationType : 'unknown';
      requests.inc({ operation_type: type, status: String(status) });
      duration.observe({ operation_type: type }, seconds);
    },
    error(code, operationType) {
      errors.inc({
        code: errorCodeLabel(code),
        operation_type: operationTypes.has(operationType) ? operationType : 'unknown',
      });
    },
  };
  seriesOf.set(registry, series);
  return series;
}

/**
 * GraphQL requests, their latency and their errors by `extensions.code`, counted the same way by
 * the gateway and every subgraph: `onestop_graphql_requests_total`,
 * `onestop_graphql_request_duration_seconds`, `onestop_graphql_errors_total`.
 */
export function useRequestMetrics(registry: Registry): Plugin {
  const series = requestSeries(registry);
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
      for (const error of errorsOf(result)) series.error(error.extensions?.code, typeOf(request));
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      // Health, readiness and other non-GraphQL paths are not requests of the graph.
      if (start === undefined || !isGraphQLPath(request)) return;
      series.answered(typeOf(request), response.status, (performance.now() - start) / 1000);
    },
  };
}

const isGraphQLPath = (request: Request) => new URL(request.url).pathname === '/graphql';
