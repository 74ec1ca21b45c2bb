import { gatewayProofHeaders } from '../kit/gateway-proof';
import { errorCodes, postGraphQL, type GraphQLResponse } from '../kit/graphql-client';
import type { TestHub } from '../kit/hub';
import {
  accept,
  openTask,
  reject,
  review,
  snapshot,
  staff,
  startDepartmentHub,
  step,
} from './departments/department-hub';

let hub: TestHub;

// Six subgraphs to migrate and seed: slower than one test when the machine is busy.
beforeAll(async () => {
  hub = await startDepartmentHub();
  await hub.settle();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

const reviewer = staff('DRC', 'reviewer');
const megabytes = (n: number) => 'x'.repeat(n * 1024 * 1024);

const requestSupplement = (taskId: string, requests: unknown) =>
  step(hub, reviewer, 'DRC', 'RequestSupplement', taskId, {
    declare: ', $requests: [DepartmentSupplementRequestInput!]!',
    pass: ', requests: $requests',
    values: { requests },
  });

/** Sends a refused request and checks its code, and that nothing changed, events included. */
async function refused(expected: string, attempt: () => Promise<GraphQLResponse>) {
  const before = await snapshot(hub, 'DRC');
  const response = await attempt();
  expect(errorCodes(response)).toEqual([expected]);
  expect(response.data?.review ?? null).toBeNull();
  // The refusal quotes at most a few hundred characters of what was sent.
  expect(JSON.stringify(response).length).toBeLessThan(2_000);
  await hub.settle();
  expect(await snapshot(hub, 'DRC')).toEqual(before);
  return response;
}

async function acceptedTask() {
  const { taskId } = await openTask(hub, 'DRC');
  expect((await accept(hub, staff('DRC', 'clerk'), 'DRC', taskId)).errors).toBeUndefined();
  return taskId;
}

describe('arguments over the limits', () => {
  it('refuses an opinion longer than 10,000 characters, and takes one of 10,000', async () => {
    const taskId = await acceptedTask();
    const response = await refused('INPUT_TOO_LARGE', () =>
      review(hub, reviewer, 'DRC', taskId, 'x'.repeat(10_001)),
    );
    expect(response.errors![0].extensions).toMatchObject({
      details: { argument: 'Mutation.drcReviewTask(opinion:)', length: 10_001, limit: 10_000 },
    });
    expect((await review(hub, reviewer, 'DRC', taskId, 'x'.repeat(10_000))).errors).toBeUndefined();
  });

  it('refuses 10,000 rejection reasons, and a reason too long inside a list', async () => {
    const taskId = await acceptedTask();
    const many = Array.from({ length: 10_000 }, (_, i) => `Reason ${i}.`);
    await refused('INPUT_TOO_LARGE', () => reject(hub, reviewer, 'DRC', taskId, many));
    await refused('INPUT_TOO_LARGE', () =>
      reject(hub, reviewer, 'DRC', taskId, ['Fine.', 'y'.repeat(20_000)]),
    );
  });

  it('refuses an oversized field inside an input object', async () => {
    const taskId = await acceptedTask();
    const response = await refused('INPUT_TOO_LARGE', () =>
      requestSupplement(taskId, [
        { materialTypeCode: 'FIRE_SAFETY_DESIGN', reason: 'z'.repeat(10_001) },
      ]),
    );
    expect(response.errors![0].extensions!.details.argument).toBe(
      'Mutation.drcRequestSupplement(requests:).reason',
    );
  });

  it('refuses an oversized ID, literal or variable, without echoing it back', async () => {
    await refused('INPUT_TOO_LARGE', () =>
      hub.query('coordinator', `query ($id: ID!) { drcTask(id: $id) { id } }`, {
        id: 'i'.repeat(201),
      }),
    );
    await refused('INPUT_TOO_LARGE', () =>
      hub.query('coordinator', `{ drcTask(id: "${'i'.repeat(5_000)}") { id } }`),
    );
  });

  it('refuses a meeting dated far outside the supported years', async () => {
    const taskId = await acceptedTask();
    expect((await review(hub, reviewer, 'DRC', taskId)).errors).toBeUndefined();
    await refused('BAD_USER_INPUT', () =>
      step(hub, reviewer, 'DRC', 'RecordMeeting', taskId, {
        declare: ', $heldOn: Date!, $minutes: String!',
        pass: ', heldOn: $heldOn, minutes: $minutes',
        values: { heldOn: '0001-01-01', minutes: 'Agreed.' },
      }),
    );
  });
});

describe('request bodies over the limit', () => {
  it('refuses a body over 1 MiB with 413 before parsing it, declared or streamed', async () => {
    const taskId = await acceptedTask();
    const token = await hub.tokenFor(reviewer);
    const body = JSON.stringify({
      query: 'mutation ($t: ID!, $o: String!) { drcReviewTask(taskId: $t, opinion: $o) { id } }',
      variables: { t: taskId, o: megabytes(10) },
    });
    const before = await snapshot(hub, 'DRC');
    const started = Date.now();
    const declared = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    expect(declared.status).toBe(413);
    const answer = await declared.text();
    expect(answer.length).toBeLessThan(1_000);
    expect(JSON.parse(answer).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');

    const streamed = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(await streamed.text()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // Generous for a loaded machine; before the limit one such request took 13 s.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await snapshot(hub, 'DRC')).toEqual(before);
  });
});

describe('values the schema cannot coerce', () => {
  let taskId: string;
  beforeAll(async () => {
    taskId = await acceptedTask();
  });

  it('answers BAD_USER_INPUT for an unknown input field', async () => {
    await refused('BAD_USER_INPUT', () =>
      requestSupplement(taskId, [{ materialTypeCode: 'X', reason: 'y', extra: 1 }]),
    );
  });

  it('answers BAD_USER_INPUT for a wrong scalar inside an input object', async () => {
    await refused('BAD_USER_INPUT', () =>
      requestSupplement(taskId, [{ materialTypeCode: 5, reason: 'y' }]),
    );
  });

  it('answers BAD_USER_INPUT for null in a list of non-null items', async () => {
    await refused('BAD_USER_INPUT', () => requestSupplement(taskId, [null]));
    await refused('BAD_USER_INPUT', () =>
      hub.query(
        reviewer,
        `mutation ($t: ID!, $r: [String!]!) { review: drcRejectTask(taskId: $t, reasons: $r) { id } }`,
        {
          t: taskId,
          r: ['Fine.', null],
        },
      ),
    );
  });

  it('answers BAD_USER_INPUT for an invalid enum value, in an argument or an input object', async () => {
    await refused('BAD_USER_INPUT', () =>
      hub.query(
        'coordinator',
        `query ($s: DepartmentReviewStatus) { drcTasks(first: 1, status: $s) { totalCount } }`,
        {
          s: 'NOPE',
        },
      ),
    );
    await refused('BAD_USER_INPUT', () =>
      hub.query(
        'centerAdmin',
        `mutation ($days: [CalendarDayInput!]!) { setCalendarYear(year: 2031, days: $days) { year } }`,
        { days: [{ date: '2031-01-01', kind: 'NOPE', name: 'New Year' }] },
      ),
    );
  });

  it('answers BAD_USER_INPUT for a wrong scalar in an argument', async () => {
    await refused('BAD_USER_INPUT', () =>
      hub.query('coordinator', `query ($n: Int) { drcTasks(first: $n) { totalCount } }`, {
        n: 'abc',
      }),
    );
  });

  it('answers BAD_USER_INPUT for a NUL character, which PostgreSQL cannot store', async () => {
    await refused('BAD_USER_INPUT', () => reject(hub, reviewer, 'DRC', taskId, ['a\u0000b']));
    await refused('BAD_USER_INPUT', () => review(hub, reviewer, 'DRC', taskId, 'nul \u0000'));
  });

  it('answers the same from a subgraph called past the gateway', async () => {
    const url = hub.subgraph('department_drc').url;
    const direct = async (query: string, variables: Record<string, unknown>) =>
      postGraphQL(
        url,
        { query, variables },
        await gatewayProofHeaders(reviewer, 'department_drc', query),
      );
    const statuses =
      'query ($s: DepartmentReviewStatus) { drcTasks(first: 1, status: $s) { totalCount } }';
    expect(errorCodes(await direct(statuses, { s: 'NOPE' }))).toEqual(['BAD_USER_INPUT']);
    const opinion =
      'mutation ($t: ID!, $o: String!) { drcReviewTask(taskId: $t, opinion: $o) { id } }';
    const before = await snapshot(hub, 'DRC');
    expect(errorCodes(await direct(opinion, { t: taskId, o: megabytes(1) }))).toEqual([
      'INPUT_TOO_LARGE',
    ]);
    expect(await snapshot(hub, 'DRC')).toEqual(before);
  });
});
