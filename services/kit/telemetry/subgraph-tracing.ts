import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isErrorCode } from '../errors/error-catalog';

const headerGetter: TextMapGetter<Headers> = {
  keys: (headers) => [...headers.keys()],
  get: (headers, key) => headers.get(key) ?? undefined,
};

/** Codes that mean the hub failed; a refusal it meant leaves the span's status unset. */
const failureCodes = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * One span per GraphQL operation a subgraph runs, child of the gateway's span named by the
 * request's W3C `traceparent`: `graphql.operation <name>`, with the operation's type and name and
 * the codes of its errors. Everything the operation does (SQL included) runs in its context.
 */
export function useSubgraphTracing(tracer: Tracer): Plugin {
  const spans = new WeakMap<Request, Span>();
  return {
    instrumentation: {
      operation({ request }, wrapped) {
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const span = tracer.startSpan('graphql.operation', { kind: SpanKind.SERVER }, parent);
        spans.set(request, span);
        return context.with(trace.setSpan(parent, span), async () => {
          try {
            await wrapped();
          } catch (error) {
            span.recordException(error as Error);
            span.setStatus({ code: SpanStatusCode.ERROR });
            throw error;
          } finally {
            span.end();
          }
        });
      },
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const span = request && spans.get(request);
      if (!span) return undefined;
      const operation = getOperationAST(args.document, args.operationName);
      const name = operation?.name?.value;
      span.updateName(`graphql.operation${name ? ` ${name}` : ''}`);
      span.setAttributes({
        'graphql.operation.type': operation?.operation ?? 'unknown',
        ...(name ? { 'graphql.operation.name': name } : {}),
      });
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          const codes = ((result as ExecutionResult).errors ?? []).map((error) => {
            const code = error.extensions?.code;
            return isErrorCode(code) ? code : 'UNCATALOGUED';
          });
          if (!codes.length) return;
          span.setAttribute('graphql.error.codes', codes);
          if (codes.some((code) => failureCodes.has(code) || code === 'UNCATALOGUED')) {
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
        },
      };
    },
  };
}

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
}

/**
 * A client span for each SQL statement sent while an operation is traced (statements of
 * background work, event delivery, have no trace to join and get none): `db.query.text` is
 * the statement with its placeholders, never the values.
 */
export function traceSqlStatements(orm: MikroORM, tracer: Tracer, schema: string): void {
  const knex = orm.em.getConnection().getKnex();
  const open = new Map<string, Span>();
  knex.on('query', (query: KnexQuery) => {
    if (!query.__knexQueryUid || !trace.getActiveSpan()) return;
    const text = query.sql ?? '';
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
    open.set(
      query.__knexQueryUid,
      tracer.startSpan(`${verb} ${schema}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.system': 'postgresql',
          'db.namespace': schema,
          'db.operation.name': verb,
          'db.query.text': text,
        },
      }),
    );
  });
  const end = (query: KnexQuery, error?: Error) => {
    const span = query.__knexQueryUid ? open.get(query.__knexQueryUid) : undefined;
    if (!span) return;
    open.delete(query.__knexQueryUid!);
    if (error) {
      span.recordException(error);
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  };
  knex.on('query-response', (_response: unknown, query: KnexQuery) => end(query));
  knex.on('query-error', (error: Error, query: KnexQuery) => end(query, error));
}
