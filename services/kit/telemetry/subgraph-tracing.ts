import { SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import type { MikroORM } from '@mikro-orm/postgresql';

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
