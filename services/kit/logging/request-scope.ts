import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';

export interface RequestScope {
  requestId: string;
  /** The W3C trace id from the `traceparent` header, when the caller sent one. */
  traceId?: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The request the current code runs for, if any: every log line written meanwhile names it. */
export const currentRequest = (): RequestScope | undefined => scopes.getStore();

export const requestIdHeader = 'x-request-id';

const traceIdOf = (request: IncomingMessage) =>
  /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(
    String(request.headers.traceparent),
  )?.[1];

/**
 * Runs each request in a scope that carries its id: the caller's `x-request-id` (the gateway
 * passes its own on to subgraphs), or a new one set on the request so the gateway's runtime
 * answers and forwards the same id.
 */
export function withRequestScope(handler: RequestListener): RequestListener {
  return (request, response) => {
    const given = request.headers[requestIdHeader];
    const requestId = typeof given === 'string' && given.length <= 200 ? given : randomUUID();
    request.headers[requestIdHeader] = requestId;
    scopes.run({ requestId, traceId: traceIdOf(request) }, () => handler(request, response));
  };
}
