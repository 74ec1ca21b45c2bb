import type { Attributes, LogLevel, LogWriter } from '@graphql-hive/logger';
import { trace } from '@opentelemetry/api';
import { isErrorCode } from '../errors/error-catalog';
import { currentRequest } from './request-scope';

const order: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/** Codes that mean the hub itself failed; every other catalogued code is a refusal it meant. */
const failureCodes = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

const codeOf = (attrs: Attributes | null | undefined): unknown =>
  attrs && !Array.isArray(attrs)
    ? (attrs.extensions?.code ?? attrs.error?.extensions?.code)
    : undefined;

/**
 * Servers log every error they pass to a client at `error`, also a refusal the hub meant
 * (UNAUTHENTICATED, NOT_OWN_DEPARTMENT…). Those are the caller's business, not an operator's:
 * logged at info, so `error` means something failed.
 */
function levelOf(level: LogLevel, attrs: Attributes | null | undefined): LogLevel {
  if (level !== 'error') return level;
  const code = codeOf(attrs);
  return isErrorCode(code) && !failureCodes.has(code) ? 'info' : level;
}

/**
 * One JSON object per line on stdout, naming the request the line was written for and, when it
 * is traced, the trace (the same `traceId` in the gateway's and every subgraph's lines).
 */
export class JsonLineWriter implements LogWriter {
  constructor(private readonly minimum: () => LogLevel) {}

  write(level: LogLevel, attrs: Attributes | null | undefined, msg: string | null | undefined) {
    const effective = levelOf(level, attrs);
    if (order[effective] < order[this.minimum()]) return;
    const request = currentRequest();
    const span = trace.getActiveSpan()?.spanContext();
    const traceId = span && trace.isSpanContextValid(span) ? span.traceId : request?.traceId;
    const line = {
      time: new Date().toISOString(),
      level: effective,
      ...(msg ? { msg } : {}),
      ...(request ? { requestId: request.requestId } : {}),
      ...(traceId ? { traceId } : {}),
      ...(Array.isArray(attrs) ? { attrs } : attrs),
    };
    process.stdout.write(`${safeStringify(line)}\n`);
  }
}

function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return item.toString();
    if (item instanceof Error) return { name: item.name, message: item.message, stack: item.stack };
    if (typeof item === 'object' && item !== null) {
      if (seen.has(item)) return '[circular]';
      seen.add(item);
    }
    return item;
  });
}
