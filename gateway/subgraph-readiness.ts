import type { Plugin } from 'graphql-yoga';

export const readinessPath = '/readiness';
const checkTimeoutMs = 2000;

/** A subgraph's own readiness endpoint (its database reachable, not stopping), beside /graphql. */
const readinessUrl = (routingUrl: string) => routingUrl.replace(/\/graphql\/?$/, '/ready');

async function subgraphState(routingUrl: string): Promise<string> {
  try {
    const response = await fetch(readinessUrl(routingUrl), {
      signal: AbortSignal.timeout(checkTimeoutMs),
    });
    await response.body?.cancel();
    return response.ok ? 'ready' : `not ready (${response.status})`;
  } catch {
    return 'unreachable';
  }
}

/**
 * The gateway is ready when every subgraph it routes to is: a load balancer then sends no
 * traffic to a gateway whose subgraphs cannot answer. The answer names each subgraph's state.
 */
export function useSubgraphReadiness(routed: () => [name: string, routingUrl: string][]): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== readinessPath) return;
      // The subgraphs of the supergraph served now: a reload may have added one.
      const subgraphs = routed();
      const states = await Promise.all(
        subgraphs.map(([, routingUrl]) => subgraphState(routingUrl)),
      );
      const byName = Object.fromEntries(subgraphs.map(([name], index) => [name, states[index]]));
      const ready = states.every((state) => state === 'ready');
      endResponse(
        fetchAPI.Response.json(
          { status: ready ? 'ready' : 'not ready', subgraphs: byName },
          { status: ready ? 200 : 503 },
        ),
      );
    },
  };
}
