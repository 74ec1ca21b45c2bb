import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/**
 * Sends the same GraphQL request from `connections` concurrent connections for a fixed time,
 * with autocannon, on loopback. Bounded by `seconds`.
 */
export async function loadTest(options: {
  url: string;
  body: unknown;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(options.body),
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Fails fast when the request under test does not answer with data, so no figure is of errors. */
export async function assertAnswers(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || json.errors || !json.data) {
    throw new Error(`${url} did not answer the benchmark query: ${JSON.stringify(json)}`);
  }
}
