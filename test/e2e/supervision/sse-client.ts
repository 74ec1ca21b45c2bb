/** A GraphQL subscription over server-sent events, as a browser client would open it. */
export interface Subscription {
  /** Every `next` payload received so far. */
  received: any[];
  /** Waits until `count` payloads arrived (or fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<any[]>;
  close(): void;
}

export async function subscribe(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscription> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const received: any[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('');
          if (data) {
            received.push(JSON.parse(data));
            waiters.splice(0).forEach((wake) => wake());
          }
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    received,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`Got ${received.length} of ${count}: ${JSON.stringify(received)}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => controller.abort(),
  };
}
