import { runClockCheck } from '../../../services/supervision/clock/clock-check';
import { beforeEveryTransaction } from '../../../services/kit';
import { errorCodes } from '../../kit/graphql-client';
import { at, events, newId, startSupervisionHub, type SupervisionHub } from './scenario';

let hub: SupervisionHub & { restoreClock(): void };

beforeAll(async () => {
  hub = await startSupervisionHub();
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const applicantId = newId();
const caseId = newId();
const steady = newId(); // runs straight through National Day
const paused = newId(); // waits for a supplement from 2026-10-08 to 2026-10-14

const clockQuery = /* GraphQL */ `
  query ($id: ID!) {
    supervisedCase(id: $id) {
      level
      clock {
        limitDays
        usedDays
        leftDays
        pausedDays
        paused
        deadlineOn
        overdue
        level
        workingDaysUsed
        workingDaysLeft
        pausedWorkingDays
      }
      tasks {
        id
        level
        clock {
          usedDays
          leftDays
          paused
          deadlineOn
          level
        }
      }
    }
  }
`;

async function levels() {
  const response = await hub.query('coordinator', clockQuery, { id: caseId });
  expect(response.errors).toBeUndefined();
  const found = response.data.supervisedCase;
  const task = (id: string) => found.tasks.find((t: { id: string }) => t.id === id);
  return {
    case: [found.level, found.clock.usedDays, found.clock.paused],
    steady: [task(steady).level, task(steady).clock.usedDays],
    paused: [task(paused).level, task(paused).clock.usedDays, task(paused).clock.paused],
  };
}

const warnings = () =>
  hub.sql<{ subject_id: string; level: string; raised_on: string }>(
    `select subject_id, level, to_char(raised_on, 'YYYY-MM-DD') as raised_on
       from clock_warning order by raised_at, level`,
  );

describe('clocks over the 2026 National Day week', () => {
  // Opened Tuesday 2026-09-29 with a limit of 5 working days: 09-30 (1); 10-01..10-07 are
  // holidays; 10-08 (2), 10-09 (3), Saturday 10-10 is a make-up working day (4), Sunday 10-11
  // is not, 10-12 (5) is the deadline. Yellow at 2 days left or fewer, red past the deadline.
  it('opens the clocks green', async () => {
    hub.clock.set(at('2026-09-29'));
    await hub.publish(
      events.caseSubmitted({
        caseId,
        applicantId,
        departments: ['DRC', 'EEB'],
        at: at('2026-09-28'),
      }),
      events.caseAccepted({ caseId, applicantId, deadlineOn: '2026-10-12', at: at('2026-09-29') }),
      ...[steady, paused].map((taskId, index) =>
        events.taskOpened({
          caseId,
          taskId,
          departmentCode: ['DRC', 'EEB'][index],
          applicantId,
          openedAt: at('2026-09-29'),
          deadlineOn: '2026-10-12',
        }),
      ),
    );
    const found = await hub.query('supervisor', clockQuery, { id: caseId });
    // The same names as a case's Clock; the former ones, deprecated, still answer alike.
    expect(found.data.supervisedCase.clock).toEqual({
      limitDays: 5,
      usedDays: 0,
      leftDays: 5,
      pausedDays: 0,
      paused: false,
      deadlineOn: '2026-10-12',
      overdue: false,
      level: 'GREEN',
      workingDaysUsed: 0,
      workingDaysLeft: 5,
      pausedWorkingDays: 0,
    });
    expect(await warnings()).toEqual([]);
  });

  it('stays green over the holidays', async () => {
    await hub.checkOn('2026-09-30');
    expect(await levels()).toEqual({
      case: ['GREEN', 1, false],
      steady: ['GREEN', 1],
      paused: ['GREEN', 1, false],
    });
    await hub.checkOn('2026-10-05');
    expect(await levels()).toEqual({
      case: ['GREEN', 1, false],
      steady: ['GREEN', 1],
      paused: ['GREEN', 1, false],
    });
  });

  it('pauses one task (and the case) for a supplement on 2026-10-08', async () => {
    await hub.checkOn('2026-10-08');
    await hub.publish(
      events.step('supplement-requested', {
        caseId,
        taskId: paused,
        departmentCode: 'EEB',
        at: at('2026-10-08', '15:00'),
        requests: [{ materialTypeCode: 'SITE_PLAN', reason: 'unreadable' }],
      }),
    );
    expect(await levels()).toEqual({
      case: ['GREEN', 2, true],
      steady: ['GREEN', 2],
      paused: ['GREEN', 2, true],
    });
  });

  it('turns the running task yellow on 2026-10-09, once', async () => {
    await hub.checkOn('2026-10-09');
    expect(await levels()).toEqual({
      case: ['GREEN', 2, true],
      steady: ['YELLOW', 3],
      paused: ['GREEN', 2, true],
    });
    await hub.checkOn('2026-10-09');
    expect(await warnings()).toEqual([
      { subject_id: steady, level: 'YELLOW', raised_on: '2026-10-09' },
    ]);
  });

  it('counts the make-up Saturday and not the Sunday', async () => {
    await hub.checkOn('2026-10-10');
    expect((await levels()).steady).toEqual(['YELLOW', 4]);
    await hub.checkOn('2026-10-11');
    expect((await levels()).steady).toEqual(['YELLOW', 4]);
    await hub.checkOn('2026-10-12');
    expect((await levels()).steady).toEqual(['YELLOW', 5]);
  });

  it('turns the running task red the day after its deadline; the paused clocks stay', async () => {
    await hub.checkOn('2026-10-13');
    expect(await levels()).toEqual({
      case: ['GREEN', 2, true],
      steady: ['RED', 6],
      paused: ['GREEN', 2, true],
    });
    expect((await warnings()).map((w) => [w.subject_id, w.level, w.raised_on])).toEqual([
      [steady, 'YELLOW', '2026-10-09'],
      [steady, 'RED', '2026-10-13'],
    ]);
  });

  // Paused 10-09, 10-10, 10-12, 10-13, 10-14 (5 working days): the deadline moves to 10-19.
  it('resumes when the applicant supplies, moving the deadlines by the paused days', async () => {
    await hub.checkOn('2026-10-14');
    await hub.publish(
      events.supplied({ caseId, taskId: paused, departmentCode: 'EEB', at: at('2026-10-14') }),
    );
    expect(await levels()).toEqual({
      case: ['GREEN', 2, false],
      steady: ['RED', 7],
      paused: ['GREEN', 2, false],
    });
    const found = await hub.query('coordinator', clockQuery, { id: caseId });
    expect(found.data.supervisedCase.clock).toMatchObject({
      pausedDays: 5,
      deadlineOn: '2026-10-19',
    });
  });

  it('turns the resumed clocks yellow on 2026-10-15 and red on 2026-10-20', async () => {
    await hub.checkOn('2026-10-15');
    expect(await levels()).toEqual({
      case: ['YELLOW', 3, false],
      steady: ['RED', 8],
      paused: ['YELLOW', 3, false],
    });
    await hub.checkOn('2026-10-19');
    expect((await levels()).paused).toEqual(['YELLOW', 5, false]);
    await hub.checkOn('2026-10-20');
    expect(await levels()).toEqual({
      case: ['RED', 6, false],
      steady: ['RED', 11],
      paused: ['RED', 6, false],
    });
    const cards = (await warnings()).map((w) => [w.subject_id, w.level, w.raised_on].join(' '));
    expect(cards.sort()).toEqual(
      [
        [steady, 'YELLOW', '2026-10-09'],
        [steady, 'RED', '2026-10-13'],
        [caseId, 'YELLOW', '2026-10-15'],
        [paused, 'YELLOW', '2026-10-15'],
        [caseId, 'RED', '2026-10-20'],
        [paused, 'RED', '2026-10-20'],
      ]
        .map((card) => card.join(' '))
        .sort(),
    );
  });

  it('records each warning once with replicas checking at the same time and events delivered twice', async () => {
    const before = await warnings();
    const orm = hub.subgraph('supervision').orm;
    const results = await Promise.all([runClockCheck(orm.em), runClockCheck(orm.em)]);
    expect(results.filter((result) => result === null).length).toBeLessThanOrEqual(1);
    // Deliver every event again, as after a crash before the consumer saved its position.
    await hub.sql(
      `update events.consumer set delivered = '${beforeEveryTransaction}', batch = null
        where name = 'supervision.events'`,
    );
    await hub.settleSupervision();
    expect(await warnings()).toEqual(before);
    const [{ count }] = await hub.sql('select count(*)::int as count from audit_entry');
    const [{ events: eventCount }] = await hub.sql(
      'select count(*)::int as events from events.event',
    );
    expect(count).toBe(eventCount);
  });

  it('announces every warning once as an event', async () => {
    const announced = await hub.sql(
      `select payload->>'subjectId' as subject, payload->>'level' as level from events.event
        where topic = 'supervision.warning.raised'`,
    );
    expect(announced).toHaveLength((await warnings()).length);
  });

  it('lets a center admin set the yellow threshold, and no one else', async () => {
    const set = /* GraphQL */ `
      mutation ($days: Int!) {
        setYellowWarningThreshold(workingDays: $days)
      }
    `;
    expect(errorCodes(await hub.query('coordinator', set, { days: 3 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hub.query('centerAdmin', set, { days: 31 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const threshold = await hub.query('supervisor', '{ yellowWarningThreshold }');
    expect(threshold.data.yellowWarningThreshold).toBe(2);
    const changed = await hub.query('centerAdmin', set, { days: 4 });
    expect(changed.data).toEqual({ setYellowWarningThreshold: 4 });
    expect((await hub.query('supervisor', '{ yellowWarningThreshold }')).data).toEqual({
      yellowWarningThreshold: 4,
    });
  });
});
