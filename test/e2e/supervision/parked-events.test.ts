import { at, events, newId, startSupervisionHub, type SupervisionHub } from './scenario';

let hub: SupervisionHub & { restoreClock(): void };

beforeAll(async () => {
  hub = await startSupervisionHub();
  await hub.publish(
    events.caseSubmitted({
      caseId: newId(),
      applicantId: newId(),
      departments: ['DRC'],
      at: at('2026-03-02'),
    }),
  );
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const parked = /* GraphQL */ `
  query ($consumer: String) {
    parkedEvents(consumer: $consumer, first: 10) {
      totalCount
      nodes {
        consumer
        position
        topic
        attempts
        error
        retryRequestedAt
      }
    }
  }
`;

const retry = /* GraphQL */ `
  mutation ($consumer: String!, $position: ID!) {
    retryParkedEvent(consumer: $consumer, position: $position) {
      position
      retryRequestedAt
    }
  }
`;

it('lists parked events to operators, and retrying one has its consumer hand it over again', async () => {
  // As delivery leaves it after the last failed attempt: the audit entry of that event is gone too.
  const [event] = await hub.sql(
    `delete from audit_entry where sequence = (select max(sequence) from audit_entry)
     returning event_position::text as position, topic`,
  );
  await hub.sql(
    `insert into events.parked_event (consumer, position, topic, key, attempts, error)
     values ('supervision.events', ?, ?, 'k', 5, 'database of a replica unreachable')`,
    [event.position, event.topic],
  );

  const listed = await hub.query('supervisor', parked, { consumer: 'supervision.events' });
  expect(listed.data.parkedEvents).toEqual({
    totalCount: 1,
    nodes: [
      {
        consumer: 'supervision.events',
        position: event.position,
        topic: event.topic,
        attempts: 5,
        error: 'database of a replica unreachable',
        retryRequestedAt: null,
      },
    ],
  });
  expect((await hub.query('coordinator', parked, {})).errors?.[0].extensions?.code).toBe(
    'FORBIDDEN',
  );
  const unknown = await hub.query('centerAdmin', retry, {
    consumer: 'supervision.events',
    position: '999999',
  });
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

  const retried = await hub.query('centerAdmin', retry, {
    consumer: 'supervision.events',
    position: event.position,
  });
  expect(retried.errors).toBeUndefined();
  expect(retried.data.retryParkedEvent.retryRequestedAt).not.toBeNull();

  for (let attempt = 0; attempt < 100; attempt += 1) {
    await hub.settle();
    const [{ left }] = await hub.sql('select count(*)::int as left from events.parked_event');
    if (left === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect((await hub.query('supervisor', parked, {})).data.parkedEvents.totalCount).toBe(0);
  const [{ entries }] = await hub.sql(
    'select count(*)::int as entries from audit_entry where event_position = ?',
    [event.position],
  );
  expect(entries).toBe(1);
});

it('pages parked events forwards with first/after and backwards with last/before, newest first', async () => {
  const consumer = 'paging.probe';
  for (let position = 1; position <= 5; position += 1) {
    await hub.sql(
      `insert into events.parked_event (consumer, position, topic, key, attempts, error)
       values (?, ?, 'probe.topic', 'k', 1, 'probe')`,
      [consumer, position],
    );
  }
  const page = /* GraphQL */ `
    query ($first: Int, $after: String, $last: Int, $before: String) {
      parkedEvents(
        consumer: "paging.probe"
        first: $first
        after: $after
        last: $last
        before: $before
      ) {
        nodes {
          position
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  `;
  const read = async (variables: Record<string, unknown>) => {
    const { data, errors } = await hub.query('supervisor', page, variables);
    expect(errors).toBeUndefined();
    return data.parkedEvents as {
      nodes: { position: string }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string;
        endCursor: string;
      };
    };
  };
  const positions = (connection: { nodes: { position: string }[] }) =>
    connection.nodes.map((node) => Number(node.position));

  const first = await read({ first: 2 });
  expect(positions(first)).toEqual([5, 4]);
  expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  const second = await read({ first: 2, after: first.pageInfo.endCursor });
  expect(positions(second)).toEqual([3, 2]);
  expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

  const end = await read({ last: 2 });
  expect(positions(end)).toEqual([2, 1]);
  expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  const beforeEnd = await read({ last: 2, before: end.pageInfo.startCursor });
  expect(positions(beforeEnd)).toEqual([4, 3]);
  const start = await read({ last: 2, before: beforeEnd.pageInfo.startCursor });
  expect(positions(start)).toEqual([5]);
  expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

  const both = await hub.query('supervisor', page, { first: 1, last: 1 });
  expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const crafted = await hub.query('supervisor', page, { last: 1, before: 'bm90LWEtbnVtYmVy' });
  expect(crafted.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  await hub.sql('delete from events.parked_event where consumer = ?', [consumer]);
});
