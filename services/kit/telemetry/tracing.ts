import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  RandomIdGenerator,
  type IdGenerator,
  type ReadableSpan,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { currentRequest } from '../logging/request-scope';

/** A running service's tracer, and how to flush what it has not exported yet. */
export interface ServiceTracing {
  tracer: Tracer;
  shutdown(): Promise<void>;
}

let extraExporter: SpanExporter | null = null;

/**
 * Also sends every span of the services started from now on to `exporter`, one span at a time
 * (tests read them from an InMemorySpanExporter); `null` stops that for later services.
 */
export function exportSpansTo(exporter: SpanExporter | null): void {
  extraExporter = exporter;
}

/** Exports each ended span at once; stopping a service leaves the shared exporter open. */
function immediately(exporter: SpanExporter): SpanProcessor {
  return {
    onStart() {},
    onEnd(span: ReadableSpan) {
      exporter.export([span], () => {});
    },
    forceFlush: async () => {},
    shutdown: async () => {},
  };
}

/** OTLP over HTTP is configured by the SDK's own variables; the endpoint turns it on. */
export const otlpConfigured = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);

let globalsSet = false;

/** Context follows async calls, and crosses services as W3C `traceparent`. */
function setGlobals(): void {
  if (globalsSet) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  globalsSet = true;
}

const traceIdPattern = /^(?!0{32})[\da-f]{32}$/;

/**
 * A trace begun by the hub takes the request id it made for the request (a random trace id:
 * see withRequestScope), so a request's log lines and its trace share one id.
 */
class RequestTraceIds implements IdGenerator {
  private readonly random = new RandomIdGenerator();

  generateTraceId(): string {
    const scope = currentRequest();
    return scope?.requestIdMade && traceIdPattern.test(scope.requestId)
      ? scope.requestId
      : this.random.generateTraceId();
  }

  generateSpanId(): string {
    return this.random.generateSpanId();
  }
}

/**
 * Tracing of one service, or null when nothing would receive its spans: OTLP over HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, and an exporter
 * a test gave. Each service has a provider of its own, so spans name their service even when
 * the whole hub runs in one process. `global` also makes it the process's global provider, for
 * libraries that take their tracer from there.
 */
export function startTracing(
  service: string,
  options: { global?: boolean } = {},
): ServiceTracing | null {
  const spanProcessors: SpanProcessor[] = [];
  if (extraExporter) spanProcessors.push(immediately(extraExporter));
  if (otlpConfigured()) spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  if (!spanProcessors.length) return null;
  setGlobals();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    idGenerator: new RequestTraceIds(),
    spanProcessors,
  });
  if (options.global) {
    // The last one started wins: one gateway per process, or per test file.
    trace.disable();
    trace.setGlobalTracerProvider(provider);
  }
  return {
    tracer: provider.getTracer('onestop'),
    shutdown: () => provider.shutdown(),
  };
}
