import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import type { TypedDocumentNode } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';

/**
 * The id codegen gave the document (`web/src/gql/persisted-documents.json`): the gateway knows
 * every console document by it, so a gateway that accepts only trusted documents serves the
 * console too.
 */
async function registeredId(_text: string, document: TypedDocumentNode<unknown, never>) {
  const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!id) throw new Error('A console document is not registered: run npm run web:codegen.');
  return id;
}

/**
 * One client per signed-in person. Every request is same-origin and carries `x-graphql-csrf`,
 * the header the gateway's CSRF prevention asks of requests a form could send (uploads are
 * multipart); subscriptions run over server-sent events on the same endpoint. Every operation
 * is sent by its registered id, never as text.
 */
export function createClient(token: string | null): Client {
  const headers: Record<string, string> = { 'x-graphql-csrf': '1' };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        enableForSubscriptions: true,
        generateHash: registeredId,
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: subscribeOverSse(request, headers, sink) }),
        }),
      }),
    ],
    fetchOptions: { headers },
    fetch: fetchWithUploadProgress,
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
  request: {
    query?: string;
    operationName?: string;
    variables?: Record<string, unknown>;
    extensions?: Record<string, unknown>;
  },
  headers: Record<string, string>,
  sink: Sink,
): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({
          query: request.query,
          operationName: request.operationName,
          variables: request.variables,
          extensions: request.extensions,
        }),
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

type ProgressListener = (fraction: number | null) => void;
const progressListeners = new Set<ProgressListener>();

/** Follows the upload in flight: a fraction from 0 to 1, then null when it is done. */
export function onUploadProgress(listener: ProgressListener): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

const report = (fraction: number | null) => progressListeners.forEach((listen) => listen(fraction));

/**
 * `fetch`, except that a multipart request (an upload) goes through XMLHttpRequest, the one
 * browser API that reports how much of a request body has been sent.
 */
function fetchWithUploadProgress(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (!(init?.body instanceof FormData)) return fetch(input, init);
  const body = init.body;
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(init.method ?? 'POST', String(input));
    new Headers(init.headers).forEach((value, name) => request.setRequestHeader(name, value));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) report(event.loaded / event.total);
    };
    request.onload = () => {
      report(null);
      const responseHeaders = new Headers();
      for (const line of request
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) responseHeaders.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(
        new Response(request.responseText, {
          status: request.status,
          statusText: request.statusText,
          headers: responseHeaders,
        }),
      );
    };
    request.onerror = () => {
      report(null);
      reject(new TypeError('The upload failed: no answer from the hub.'));
    };
    init.signal?.addEventListener('abort', () => request.abort());
    request.send(body);
  });
}
