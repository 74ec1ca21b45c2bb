import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

/**
 * One client per signed-in person. Every request is same-origin and carries `x-graphql-csrf`,
 * the header the gateway's CSRF prevention asks of requests a form could send (uploads are
 * multipart); subscriptions run over server-sent events on the same endpoint.
 */
export function createClient(token: string | null): Client {
  const headers: Record<string, string> = { 'x-graphql-csrf': '1' };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: subscribeOverSse(request, headers, sink) }),
        }),
      }),
    ],
    fetchOptions: { headers },
    requestPolicy: 'cache-and-network',
  });
}

interface Sink {
  next(value: any): void;
  error(error: unknown): void;
  complete(): void;
}

/** A GraphQL subscription over SSE (the gateway's "distinct connections" mode), read with fetch. */
function subscribeOverSse(
  request: { query?: string; variables?: Record<string, unknown> },
  headers: Record<string, string>,
  sink: Sink,
): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: request.query, variables: request.variables }),
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event:\s*(.*)$/m.exec(message)?.[1];
          const data = message
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('');
          if (event === 'complete') return sink.complete();
          if (data) sink.next(JSON.parse(data));
        }
      }
      sink.complete();
    } catch (error) {
      if (!controller.signal.aborted) sink.error(error);
    }
  })();
  return () => controller.abort();
}
