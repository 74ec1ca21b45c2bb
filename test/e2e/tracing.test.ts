import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { exportSpansTo } from '../../services/kit';
import { postGraphQL } from '../kit/graphql-client';
import { startTestHub, type TestHub } from '../kit/hub';

/** One W3C trace from the gateway through the subgraphs a query needs, down to their SQL. */
let hub: TestHub;
const exporter = new InMemorySpanExporter();
let lines: Record<string, any>[] = [];
let write: jest.SpyInstance;

beforeAll(async () => {
  exportSpansTo(exporter);
  hub = await startTestHub({ demoCases: true });
  await hub.settle();
  // The gateway's start (initialization, schema loading) is a trace of its own, ended at the
  // first request: that request is not one the tests look at.
  await hub.query('coordinator', '{ __typename }');
}, 180_000);

afterAll(async () => {
  exportSpansTo(null);
  await hub?.stop();
});

beforeEach(() => {
  exporter.reset();
  process.env.ONESTOP_LOG_LEVEL = 'info';
  lines = [];
  write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  });
});

afterEach(() => write.mockRestore());

const serviceOf = (span: ReadableSpan) => String(span.resource.attributes['service.name']);

/** Cases from approvals, their applicants from materials, their departments from center. */
const threeSubgraphs = `query CasesForTrace {
  cases(first: 3) { nodes { reference applicant { name } departments { code name } } }
}`;

it('follows a query across three subgraphs in one trace, continuing the caller', async () => {
  const traceId = '0af7651916cd43dd8448eb211c80319c';
  const response = await postGraphQL(
    hub.gatewayUrl,
    { query: threeSubgraphs },
    {
      authorization: `Bearer ${await hub.tokenFor('coordinator')}`,
      traceparent: `00-${traceId}-b7ad6b7169203331-01`,
    },
  );
  expect(response.errors).toBeUndefined();
  const nodes = response.data.cases.nodes;
  expect(nodes.length).toBeGreaterThan(0);
  expect(nodes.every((node: any) => node.applicant?.name && node.departments.length)).toBe(true);

  const spans = exporter.getFinishedSpans();
  expect([...new Set(spans.map((span) => span.spanContext().traceId))]).toEqual([traceId]);
  const services = new Set(spans.map(serviceOf));
  expect([...services].sort()).toEqual(['approvals', 'center', 'gateway', 'materials']);

  const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
  const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');
  for (const subgraph of ['approvals', 'center', 'materials']) {
    const operations = spans.filter(
      (span) => serviceOf(span) === subgraph && span.name.startsWith('graphql.operation'),
    );
    expect([subgraph, operations.length > 0]).toEqual([subgraph, true]);
    // Each operation is a child of a gateway span, which the gateway sent as `traceparent`.
    for (const operation of operations) {
      expect([subgraph, parentOf(operation) && serviceOf(parentOf(operation)!)]).toEqual([
        subgraph,
        'gateway',
      ]);
      expect(operation.kind).toBe(SpanKind.SERVER);
    }
    // SQL statements are children of the subgraph's operation.
    const statements = spans.filter(
      (span) => serviceOf(span) === subgraph && span.kind === SpanKind.CLIENT,
    );
    expect([subgraph, statements.length > 0]).toEqual([subgraph, true]);
    for (const statement of statements) {
      expect(statement.attributes['db.system.name']).toBe('postgresql');
      expect(String(statement.attributes['db.query.text'])).toMatch(
        /^\s*(select|insert|update|with)/i,
      );
      let ancestor = parentOf(statement);
      while (ancestor && !operations.includes(ancestor)) ancestor = parentOf(ancestor);
      expect([subgraph, ancestor?.name]).toEqual([subgraph, expect.stringContaining('graphql')]);
    }
  }
  const root = spans.find((span) => serviceOf(span) === 'gateway' && !parentOf(span));
  expect(root?.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
});

it('begins a trace whose id is the request id the gateway answers', async () => {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await hub.tokenFor('coordinator')}`,
    },
    body: JSON.stringify({ query: threeSubgraphs }),
  });
  expect(response.status).toBe(200);
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);
  const spans = exporter.getFinishedSpans();
  expect(spans.length).toBeGreaterThan(0);
  expect([...new Set(spans.map((span) => span.spanContext().traceId))]).toEqual([requestId]);
  expect([...new Set(spans.map(serviceOf))].sort()).toEqual([
    'approvals',
    'center',
    'gateway',
    'materials',
  ]);
});

it("writes a request's log lines, in the gateway and the subgraph, with its trace id as request id", async () => {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }),
  });
  const body = await response.json();
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const requestId = response.headers.get('x-request-id');
  const logged = lines.filter((line) => line.requestId === requestId);
  expect(logged.map((line) => line.service)).toEqual(
    expect.arrayContaining(['gateway', 'approvals']),
  );
  expect(logged.every((line) => line.traceId === requestId)).toBe(true);
  const traces = new Set(exporter.getFinishedSpans().map((span) => span.spanContext().traceId));
  expect([...traces]).toEqual([requestId]);
});
