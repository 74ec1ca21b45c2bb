import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTracing } from '../../services/kit/telemetry/tracing';

/** Traces leave a process only when configured: OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT. */
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

it('traces nothing when no exporter is configured', () => {
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  expect(startTracing('center')).toBeNull();
});

const root = join(__dirname, '..', '..');

/** Loads the TypeScript sources with swc, starts center's tracing, ends one span, flushes. */
const exportOneSpan = `
  const { readFileSync } = require('node:fs');
  const { transformSync } = require('@swc/core');
  const options = JSON.parse(readFileSync('.swcrc', 'utf8'));
  require.extensions['.ts'] = (module, filename) =>
    module._compile(transformSync(readFileSync(filename, 'utf8'), { ...options, filename, swcrc: false }).code, filename);
  const { startTracing } = require('./services/kit/telemetry/tracing.ts');
  const tracing = startTracing('center');
  if (!tracing) throw new Error('no tracing');
  tracing.tracer.startSpan('graphql.operation').end();
  tracing.shutdown().catch((error) => { console.error(error); process.exit(1); });
`;

it('sends spans over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT, naming the service', async () => {
  const received: { url?: string; type?: string; body: Buffer }[] = [];
  const collector = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: request.url,
        type: request.headers['content-type'],
        body: Buffer.concat(chunks),
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = collector.address() as AddressInfo;
    // The exporter loads its HTTP transport with import(), which jest's module sandbox refuses:
    // the service's tracing runs in a plain node process, as in production.
    await promisify(execFile)(process.execPath, ['-e', exportOneSpan], {
      cwd: root,
      env: {
        ...process.env,
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      },
    });
    expect(received.map((request) => request.url)).toEqual(['/v1/traces']);
    const body = received[0].body.toString();
    expect(body).toContain('graphql.operation');
    expect(body).toContain('center');
  } finally {
    collector.close();
  }
});
