import { boardQuery } from '../../../operations/board';
import { sqlStatements } from '../../../services/kit';
import { errorCodes } from '../../kit/graphql-client';
import {
  at,
  events,
  newId,
  staffEvents,
  startSupervisionHub,
  type SupervisionHub,
} from './scenario';

let hub: SupervisionHub & { restoreClock(): void };

beforeAll(async () => {
  hub = await startSupervisionHub();
  hub.clock.set(at('2026-03-02'));
  await hub.publish(...staffEvents('DRC'), ...staffEvents('EEB'));
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const applicantId = newId();

async function openTask(departmentCode: string) {
  const caseId = newId();
  const taskId = newId();
  await hub.publish(
    events.caseSubmitted({
      caseId,
      applicantId,
      departments: [departmentCode],
      at: at('2026-03-02'),
    }),
    events.caseAccepted({ caseId, applicantId, deadlineOn: '2026-03-09', at: at('2026-03-02') }),
    events.taskOpened({
      caseId,
      taskId,
      departmentCode,
      applicantId,
      openedAt: at('2026-03-02'),
      deadlineOn: '2026-03-09',
    }),
  );
  return { caseId, taskId, departmentCode };
}

async function on(day: string, ...published: Parameters<SupervisionHub['publish']>) {
  hub.clock.set(at(day, '11:00'));
  await hub.publish(...published);
}

const statistics = /* GraphQL */ `
  query ($from: Date!, $to: Date!, $department: String) {
    departmentStatistics(from: $from, to: $to, departmentCode: $department) {
      departmentCode
      casesHandled
      onTime
      onTimeRate
      averageWorkingDays
      p90WorkingDays
      supplements
      rejections
      warnings
      violations
    }
  }
`;

describe('statistics per department and period', () => {
  it('match a fixture computed by hand', async () => {
    // Every task opens Monday 2026-03-02 with 5 working days (deadline 2026-03-09).
    const t1 = await openTask('DRC');
    const t2 = await openTask('DRC');
    const t3 = await openTask('DRC');
    const t4 = await openTask('EEB');
    const step = (
      t: typeof t1,
      verb: Parameters<typeof events.step>[0],
      day: string,
      by?: string,
    ) => events.step(verb, { ...t, at: at(day), by });
    const reviewed = (t: typeof t1, day: string) =>
      step(t, 'reviewed', day, `${t.departmentCode}-reviewer`);
    const signed = (t: typeof t1, day: string) =>
      step(t, 'approved', day, `${t.departmentCode}-chief`);

    // t1: signed 03-05, 3 days used, on time (2 left: yellow).
    await on('2026-03-04', reviewed(t1, '2026-03-04'));
    await on('2026-03-05', signed(t1, '2026-03-05'));
    // t2: paused 03-03 to 03-05 (2 working days), signed 03-10: 6 - 2 = 4 days, on time (yellow).
    await on('2026-03-03', step(t2, 'supplement-requested', '2026-03-03', 'DRC-reviewer'));
    await on('2026-03-05', step(t2, 'resumed', '2026-03-05'));
    await on('2026-03-10', reviewed(t2, '2026-03-10'), signed(t2, '2026-03-10'));
    // t3: rejected 03-11 with reasons: 7 days, late (red) and a late step.
    await on('2026-03-11', step(t3, 'rejected', '2026-03-11', 'DRC-reviewer'));
    // t4 (EEB): signed on its deadline 03-09: 5 days, on time (yellow).
    await on('2026-03-09', reviewed(t4, '2026-03-09'), signed(t4, '2026-03-09'));

    const response = await hub.query('supervisor', statistics, {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.departmentStatistics).toEqual([
      {
        departmentCode: 'DRC',
        casesHandled: 3,
        onTime: 2,
        onTimeRate: 2 / 3,
        averageWorkingDays: (3 + 4 + 7) / 3,
        p90WorkingDays: 7,
        supplements: 1,
        rejections: 1,
        warnings: 3,
        violations: 1,
      },
      {
        departmentCode: 'EEB',
        casesHandled: 1,
        onTime: 1,
        onTimeRate: 1,
        averageWorkingDays: 5,
        p90WorkingDays: 5,
        supplements: 0,
        rejections: 0,
        warnings: 1,
        violations: 0,
      },
    ]);
    const april = await hub.query('supervisor', statistics, {
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(april.data.departmentStatistics).toEqual([]);
    const eeb = await hub.query('coordinator', statistics, {
      from: '2026-03-01',
      to: '2026-03-31',
      department: 'EEB',
    });
    expect(
      eeb.data.departmentStatistics.map((s: { departmentCode: string }) => s.departmentCode),
    ).toEqual(['EEB']);
  });

  it('refuses a bad period and other roles', async () => {
    expect(
      errorCodes(
        await hub.query('supervisor', statistics, { from: '2026-03-31', to: '2026-03-01' }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await hub.query('supervisor', statistics, { from: '2026-02-30', to: '2026-03-01' }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await hub.query('applicant', statistics, { from: '2026-03-01', to: '2026-03-31' }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('the coordinator board', () => {
  beforeAll(async () => {
    hub.clock.set(at('2026-03-02'));
    const published = [];
    for (let i = 0; i < 110; i += 1) {
      const caseId = newId();
      const departments = i % 2 === 0 ? ['DRC', 'EEB'] : ['NRP'];
      published.push(
        events.caseSubmitted({ caseId, applicantId, departments, at: at('2026-03-02') }),
        events.caseAccepted({
          caseId,
          applicantId,
          deadlineOn: '2026-03-09',
          at: at('2026-03-02'),
        }),
        ...departments.map((departmentCode) =>
          events.taskOpened({
            caseId,
            taskId: newId(),
            departmentCode,
            applicantId,
            openedAt: at('2026-03-02'),
            deadlineOn: '2026-03-09',
          }),
        ),
      );
    }
    await hub.publish(...published);
    await hub.checkOn('2026-03-10');
  }, 120_000);

  it('costs the same SQL statements for 100 cases as for 10', async () => {
    const cost = async (first: number) => {
      let count = 0;
      const statements = await sqlStatements.during(async () => {
        const response = await hub.query('coordinator', boardQuery, { first });
        expect(response.errors).toBeUndefined();
        count = response.data.supervisedCases.nodes.length;
      });
      expect(count).toBe(first);
      return statements;
    };
    const ten = await cost(10);
    const hundred = await cost(100);
    expect(hundred).toBe(ten);
    console.log(`board: ${ten} SQL statements for 10 cases, ${hundred} for 100`);
  });

  it('filters by status, department and level, and pages', async () => {
    const red = await hub.query('coordinator', boardQuery, {
      first: 100,
      filter: { status: 'IN_PROGRESS', level: 'RED', departmentCode: 'NRP' },
    });
    expect(red.errors).toBeUndefined();
    expect(red.data.supervisedCases.totalCount).toBe(55);
    for (const node of red.data.supervisedCases.nodes) {
      expect(node).toMatchObject({ status: 'IN_PROGRESS', level: 'RED', departmentCodes: ['NRP'] });
      expect(node.clock.workingDaysLeft).toBe(-1);
    }
    const first = await hub.query('coordinator', boardQuery, {
      first: 30,
      filter: { departmentCode: 'EEB' },
    });
    const second = await hub.query('coordinator', boardQuery, {
      first: 30,
      filter: { departmentCode: 'EEB' },
      after: first.data.supervisedCases.pageInfo.endCursor,
    });
    const refs = [...first.data.supervisedCases.nodes, ...second.data.supervisedCases.nodes].map(
      (node: { reference: string }) => node.reference,
    );
    // 55 board cases and the statistics case at EEB.
    expect(new Set(refs).size).toBe(56);
  });

  it('keeps its totals beside the cases, always equal to counting them', async () => {
    const connection = hub.subgraph('supervision').orm.em.fork().getConnection();
    const filters: [Record<string, string> | undefined, string][] = [
      [undefined, 'true'],
      [{ status: 'IN_PROGRESS' }, "status = 'IN_PROGRESS'"],
      [{ level: 'RED' }, "level = 'RED'"],
      [{ status: 'IN_PROGRESS', level: 'RED' }, "status = 'IN_PROGRESS' and level = 'RED'"],
    ];
    const compare = async () => {
      for (const [filter, where] of filters) {
        const [{ n }] = await connection.execute(
          `select count(*)::int as n from supervised_case where ${where}`,
        );
        const response = await hub.query('coordinator', boardQuery, { first: 1, filter });
        expect(response.data.supervisedCases.totalCount).toBe(n);
      }
    };
    const [{ red }] = await connection.execute(
      `select count(*)::int as red from supervised_case where level = 'RED'`,
    );
    expect(red).toBeGreaterThan(0);
    await compare();
    // Even a writer connected with another search_path keeps the tally right.
    await connection.execute(
      `set search_path to public;
       update supervision.supervised_case set level = 'GREEN'
        where id = (select id from supervision.supervised_case where level = 'RED' limit 1);
       set search_path to supervision, public`,
    );
    await compare();
  });

  it('shows bottlenecks and the overdue list', async () => {
    const response = await hub.query(
      'supervisor',
      /* GraphQL */ `
        {
          caseBoard {
            byStatus {
              status
              count
            }
            bottlenecks {
              departmentCode
              openTasks
              redTasks
            }
          }
          overdueTasks(departmentCode: "NRP", first: 5) {
            totalCount
            nodes {
              departmentCode
              level
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const { caseBoard, overdueTasks } = response.data;
    expect(
      caseBoard.byStatus.find((s: { status: string }) => s.status === 'IN_PROGRESS').count,
    ).toBe(114); // 110 board cases and the 4 statistics cases
    expect(caseBoard.bottlenecks.map((b: { departmentCode: string }) => b.departmentCode)).toEqual([
      'DRC',
      'EEB',
      'NRP',
    ]);
    expect(caseBoard.bottlenecks[2]).toEqual({
      departmentCode: 'NRP',
      openTasks: 55,
      redTasks: 55,
    });
    expect(overdueTasks.totalCount).toBe(55);
  });

  it('refuses the board to applicants and department staff, and bad page sizes', async () => {
    expect(errorCodes(await hub.query('applicant', boardQuery, { first: 10 }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await hub.query('departmentReviewer', boardQuery, { first: 10 }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await hub.query('coordinator', boardQuery, { first: 101 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
