import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';

export interface RequestScope {
  requestId: string;
  /** The W3C trace id from the `traceparent` header, when the caller sent one. */
  traceId?: string;
  /** The id was made here (no `x-request-id`, no `traceparent`): a trace begun here takes it. */
  requestIdMade?: boolean;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The request the current code runs for, if any: every log line written meanwhile names it. */
export const currentRequest = (): RequestScope | undefined => scopes.getStore();

export const requestIdHeader = 'x-request-id';

const traceIdOf = (request: IncomingMessage) =>
  /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(
    String(request.headers.traceparent),
  )?.[1];

/** A new id in the form of a W3C trace id, so a trace begun for the request can take it. */
const newRequestId = () => randomBytes(16).toString('hex');

/**
 * Runs each request in a scope that carries its id: the caller's `x-request-id` (the gateway
 * passes its own on to subgraphs), else the trace id of the caller's `traceparent`, else a new
 * one, which the trace begun for the request takes as its trace id. The id is set on the
 * request, so the gateway's runtime answers and forwards the same id.
 */
export function withRequestScope(handler: RequestListener): RequestListener {
  return (request, response) => {
    const given = request.headers[requestIdHeader];
    const traceId = traceIdOf(request);
    const requestId =
      typeof given === 'string' && given.length <= 200 ? given : (traceId ?? newRequestId());
    request.headers[requestIdHeader] = requestId;
    const requestIdMade = requestId !== given && requestId !== traceId;
    scopes.run({ requestId, traceId, requestIdMade }, () => handler(request, response));
  };
}
