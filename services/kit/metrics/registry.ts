import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * One registry per service, named on every series by its `service` label: the one-process hub
 * runs the gateway and every subgraph side by side, and each answers /metrics with its own.
 * Process metrics (CPU, memory, event loop) belong to the process, so only one service in it
 * should collect them.
 */
export function createMetricsRegistry(
  service: string,
  options: { processMetrics?: boolean } = {},
): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

export const metricsPath = '/metrics';
