import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '@graphql-hive/logger';
import { checkArguments, argumentLimits, type ArgumentLimits } from '../schema/argument-limits';
import { isErrorCode } from '../errors/error-catalog';
import { maskError } from '../errors/mask-error';

/** What one request to a subgraph records while Apollo Server runs it (its context is the key). */
export interface RequestRecord {
  operationType: string;
  codes: unknown[];
  span?: Span;
}

/** Where a request's context carries its record (Apollo Server runs on a shallow copy of it). */
export const requestRecord = Symbol('requestRecord');

const recordOf = (context: GraphQLRequestContext<object>) =>
  (context.contextValue as { [requestRecord]?: RequestRecord })[requestRecord];

/** Codes that mean the hub failed; a refusal it meant leaves the span's status unset. */
const failureCodes = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * The answer's error as the client sees it: errors raised on purpose keep their message and
 * code, anything else becomes `INTERNAL_SERVER_ERROR` (see maskError); no stack trace, no
 * `http` hint, ever.
 */
export function formatSubgraphError(
  _formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const masked = maskError(error) as GraphQLError;
  const json = masked.toJSON();
  if (json.extensions && 'http' in json.extensions) {
    const extensions = { ...json.extensions };
    delete extensions.http;
    return { ...json, extensions };
  }
  return json;
}

/**
 * Logs every error an answer carries as the gateway's runtime does: a refusal the hub meant as
 * the client sees it (the log writes it at info), anything masked at error with its stack.
 */
export function logError(log: Logger, error: unknown): void {
  const masked = maskError(error) as GraphQLError;
  const code = masked.extensions?.code;
  if (isErrorCode(code) && !failureCodes.has(code)) {
    log.error(masked);
    return;
  }
  const original =
    error instanceof GraphQLError && error.originalError ? error.originalError : error;
  log.error(
    {
      error: original,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: masked.extensions,
    },
    masked.message,
  );
}

/**
 * The kit's request handling inside Apollo Server: arguments checked against the limits before
 * any resolver runs, the operation named on the request's span and in its metrics, and every
 * error logged and counted by code.
 */
export function subgraphPlugin(
  log: Logger,
  limits: ArgumentLimits = argumentLimits,
): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          const record = recordOf(context);
          const operation = context.operation;
          if (!operation) return;
          if (record) record.operationType = operation.operation;
          const name = operation.name?.value;
          record?.span?.updateName(`graphql.operation${name ? ` ${name}` : ''}`);
          record?.span?.setAttributes({
            'graphql.operation.type': operation.operation,
            ...(name ? { 'graphql.operation.name': name } : {}),
          });
          try {
            checkArguments(context.schema, context.document, context.request.variables, limits);
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            // Refused before execution, as a result (HTTP 200), like any refusal the hub means.
            throw new GraphQLError(error.message, {
              extensions: { ...error.extensions, http: { status: 200 } },
            });
          }
        },
        async didEncounterErrors(context) {
          const record = recordOf(context);
          for (const error of context.errors) {
            logError(log, error);
            const code = (maskError(error) as GraphQLError).extensions?.code;
            record?.codes.push(isErrorCode(code) ? code : 'UNCATALOGUED');
          }
          if (!record?.span || !record.codes.length) return;
          record.span.setAttribute('graphql.error.codes', record.codes as string[]);
          if (
            record.codes.some((code) => failureCodes.has(code as string) || code === 'UNCATALOGUED')
          ) {
            record.span.setStatus({ code: SpanStatusCode.ERROR });
          }
        },
      };
    },
  };
}
