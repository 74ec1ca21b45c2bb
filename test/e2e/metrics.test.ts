import { IsolationLevel } from '@mikro-orm/core';
import { beforeEveryTransaction, sql } from '../../services/kit';
import { undeliveredEvents } from '../../services/kit/metrics/consumer-lag';
import { errorCodes } from '../kit/graphql-client';
import { startTestHub, type TestHub } from '../kit/hub';
import { scrape, total } from '../kit/metrics';

/** What Prometheus scrapes from the gateway and each subgraph, moved by real requests. */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  await hub.settle();
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

const casesQuery = '{ cases(first: 5) { totalCount nodes { reference } } }';

it('counts requests, latency and refusals by code on the gateway and on the subgraph it calls', async () => {
  const approvals = hub.subgraph('approvals').url;
  const [gatewayBefore, approvalsBefore] = [await scrape(hub.gatewayUrl), await scrape(approvals)];

  const answered = await hub.query('coordinator', casesQuery);
  expect(answered.errors).toBeUndefined();
  const refused = await hub.query(null, casesQuery);
  expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);

  const [gatewayAfter, approvalsAfter] = [await scrape(hub.gatewayUrl), await scrape(approvals)];
  const moved =
    (before: typeof gatewayBefore, after: typeof gatewayBefore) =>
    (name: string, labels: Record<string, string> = {}) =>
      total(after, name, labels) - total(before, name, labels);

  for (const [service, delta] of [
    ['gateway', moved(gatewayBefore, gatewayAfter)],
    ['approvals', moved(approvalsBefore, approvalsAfter)],
  ] as const) {
    const labels = { service, operation_type: 'query' };
    expect([service, delta('onestop_graphql_requests_total', labels)]).toEqual([service, 2]);
    expect([service, delta('onestop_graphql_request_duration_seconds_count', labels)]).toEqual([
      service,
      2,
    ]);
    expect([
      service,
      delta('onestop_graphql_errors_total', { ...labels, code: 'UNAUTHENTICATED' }),
    ]).toEqual([service, 1]);
    expect([service, delta('onestop_graphql_errors_total', { service })]).toEqual([service, 1]);
  }

  // The runtime's own plugin: each call the gateway made to a subgraph, by subgraph.
  const subgraphCalls = moved(gatewayBefore, gatewayAfter)(
    'graphql_gateway_subgraph_execute_duration_count',
    { subgraphName: 'approvals' },
  );
  expect(subgraphCalls).toBeGreaterThanOrEqual(2);
});

it('reports event handling time and each consumer lag, which delivery brings to zero', async () => {
  const supervision = hub.subgraph('supervision');
  // A background poll's open transaction may hide fresh events from one settling round.
  const deadline = Date.now() + 20_000;
  let samples = await scrape(supervision.url);
  const lagOf = () => samples.filter((sample) => sample.name === 'onestop_event_consumer_lag');
  while (lagOf().some((sample) => sample.value > 0) && Date.now() < deadline) {
    await hub.settle();
    samples = await scrape(supervision.url);
  }
  const lag = lagOf();
  expect(lag.length).toBeGreaterThan(0);
  expect(lag.map((sample) => [sample.labels.consumer, sample.value])).toEqual(
    lag.map((sample) => [sample.labels.consumer, 0]),
  );
  // The demo data reached supervision through events: their handling was timed.
  expect(
    total(samples, 'onestop_event_handling_seconds_count', {
      service: 'supervision',
      outcome: 'handled',
    }),
  ).toBeGreaterThan(0);

  // A consumer that has received nothing yet lags by every event of its topics.
  const [{ events }] = await supervision.orm.em
    .getConnection()
    .execute<{ events: number }[]>('select count(*)::int as events from events.event');
  expect(events).toBeGreaterThan(0);
  const fresh = await undeliveredEvents(supervision.orm.em.fork(), [
    { name: 'metrics-test-never-ran', topics: ['*'], handle: async () => {} },
  ]);
  expect(fresh.get('metrics-test-never-ran')).toBe(events);
});

it('reports parked events and failing consumers, so an operator sees a consumer give up', async () => {
  const supervision = hub.subgraph('supervision');
  const before = await scrape(supervision.url);
  const consumers = before
    .filter((sample) => sample.name === 'onestop_event_consumer_lag')
    .map((sample) => sample.labels.consumer);
  const seriesOf = (samples: typeof before, name: string) =>
    samples
      .filter((sample) => sample.name === name)
      .map((sample) => sample.labels.consumer)
      .sort();
  expect(seriesOf(before, 'onestop_event_parked')).toEqual([...consumers].sort());
  expect(seriesOf(before, 'onestop_event_consumer_failures')).toEqual([...consumers].sort());

  const consumer = consumers[0];
  const em = supervision.orm.em.fork();
  const [parked] = await sql(
    em,
    `insert into events.parked_event (consumer, position, topic, key, attempts, error)
     values (?, 9000000000, 'metrics.test', 'probe', 5, 'probe') returning id`,
    [consumer],
  );
  try {
    const after = await scrape(supervision.url);
    expect(total(after, 'onestop_event_parked', { consumer })).toBe(
      total(before, 'onestop_event_parked', { consumer }) + 1,
    );
  } finally {
    await sql(em, 'delete from events.parked_event where id = ?', [parked.id]);
  }
});

it('counts as lag exactly the events not visible in what a consumer was handed', async () => {
  const probe = { name: 'metrics-test-probe', topics: ['*'], handle: async () => {} };
  // In a transaction rolled back at the end, under one snapshot, so that events committing
  // meanwhile change nothing.
  const outcome = await hub
    .subgraph('supervision')
    .orm.em.fork()
    .transactional(
      async (em) => {
        const [{ events }] = await sql(em, 'select count(*)::int as events from events.event');
        await sql(em, 'insert into events.consumer (name, delivered) values (?, ?)', [
          probe.name,
          beforeEveryTransaction,
        ]);
        const nothingHanded = (await undeliveredEvents(em, [probe])).get(probe.name);
        await sql(
          em,
          'update events.consumer set delivered = pg_current_snapshot() where name = ?',
          [probe.name],
        );
        const everythingHanded = (await undeliveredEvents(em, [probe])).get(probe.name);
        throw Object.assign(new Error('rollback'), {
          outcome: { events, nothingHanded, everythingHanded },
        });
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ },
    )
    .catch((error) => {
      if (!error.outcome) throw error;
      return error.outcome;
    });
  expect(outcome.events).toBeGreaterThan(0);
  expect(outcome).toEqual({
    events: outcome.events,
    nothingHanded: outcome.events,
    everythingHanded: 0,
  });
});

it('reports supervision clocks and warnings by level, as the supervision bureau reads them', async () => {
  const samples = await scrape(hub.subgraph('supervision').url);
  const series = (name: string) =>
    samples
      .filter((sample) => sample.name === name)
      .map((sample) => `${sample.labels.subject_kind} ${sample.labels.level}`)
      .sort();
  expect(series('onestop_open_clocks')).toEqual([
    'CASE GREEN',
    'CASE RED',
    'CASE YELLOW',
    'TASK GREEN',
    'TASK RED',
    'TASK YELLOW',
  ]);
  expect(series('onestop_clock_warnings_raised')).toEqual([
    'CASE RED',
    'CASE YELLOW',
    'TASK RED',
    'TASK YELLOW',
  ]);
  const raised = await hub.query('supervisor', '{ clockWarnings(first: 100) { totalCount } }');
  expect(raised.errors).toBeUndefined();
  expect(total(samples, 'onestop_clock_warnings_raised')).toBe(
    raised.data.clockWarnings.totalCount,
  );
});

it('keeps what a caller chooses (operation names, URLs) out of the labels', async () => {
  const name = `Chosen${Date.now()}`;
  const query = encodeURIComponent(`query ${name} { cases(first: 1) { totalCount } }`);
  const response = await fetch(`${hub.gatewayUrl}?query=${query}&operationName=${name}`, {
    headers: {
      authorization: `Bearer ${await hub.tokenFor('coordinator')}`,
      'apollo-require-preflight': 'true',
    },
  });
  expect(response.status).toBe(200);
  expect((await response.json()).errors).toBeUndefined();
  for (const url of [hub.gatewayUrl, hub.subgraph('approvals').url]) {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    expect([url, text.includes(name)]).toEqual([url, false]);
  }
  const gateway = await scrape(hub.gatewayUrl);
  expect(gateway.some((sample) => 'url' in sample.labels || 'operationName' in sample.labels)).toBe(
    false,
  );
});
