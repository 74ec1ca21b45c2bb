import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { metricsPath } from './registry';

/** Answers GET /metrics with the registry in Prometheus' text exposition format. */
export function useMetricsEndpoint(registry: Registry): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== metricsPath) return;
      endResponse(
        new fetchAPI.Response(await registry.metrics(), {
          headers: { 'content-type': registry.contentType },
        }),
      );
    },
  };
}
