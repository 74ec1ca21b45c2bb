import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';

export interface DrainableServer {
  server: Server;
  /**
   * Stops taking requests and resolves once those in flight have finished, or after `graceMs`
   * (then the connections left are cut).
   */
  drain(graceMs?: number): Promise<void>;
}

/** How long a stop waits for requests in flight (ONESTOP_SHUTDOWN_GRACE_MS, default 10 s). */
export const shutdownGraceMs = () => Number(process.env.ONESTOP_SHUTDOWN_GRACE_MS || 10_000);

const refusal = JSON.stringify({
  errors: [
    {
      message: 'The service is stopping; nothing was done. Retry in a moment.',
      extensions: { code: 'SHUTTING_DOWN' },
    },
  ],
});

const isStream = (response: ServerResponse) =>
  String(response.getHeader('content-type') ?? '').startsWith('text/event-stream');

/**
 * An HTTP server that stops cleanly: once draining, requests in flight run to their end and are
 * answered with `Connection: close`; a request arriving on a kept-alive connection is refused
 * with 503 before any work (a client may retry it anywhere); live streams (subscriptions) end at
 * once, as they would never finish by themselves.
 */
export function createDrainableServer(handler: RequestListener): DrainableServer {
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (draining) {
      response.writeHead(503, {
        connection: 'close',
        'content-type': 'application/json; charset=utf-8',
        'retry-after': '1',
      });
      response.end(refusal);
      return;
    }
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    handler(request, response);
  });

  return {
    server,
    async drain(graceMs = shutdownGraceMs()) {
      if (!server.listening) return;
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const response of inFlight) {
        if (isStream(response)) response.destroy();
        else if (!response.headersSent) response.setHeader('connection', 'close');
      }
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}
