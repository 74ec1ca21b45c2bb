import { errorCodes } from '../../kit/graphql-client';
import { pdf, upload } from '../materials/materials-hub';
import {
  applicantOf,
  applyAndSettle,
  approveTask,
  departmentStaff,
  departmentStep,
  generateSeal,
  material,
  publishItem,
  readCase,
  riverside,
  startApprovalsHub,
  verifiedMaterial,
  type ApprovalsHub,
  type TestSeal,
} from './approvals-hub';

let hub: ApprovalsHub;
const seals: Record<string, TestSeal> = {};
const taskOf = (kase: any, code: string) =>
  kase.tasks.find((task: any) => task.department.code === code);

beforeAll(async () => {
  // 2027 is entered during the calendar test below.
  hub = await startApprovalsHub({ enter2027: false });
  // Riverside's business licence waits for its review (see approvals-hub).
  await publishItem(hub, {
    code: 'TST-AMR-PENDING-OK',
    departmentCode: 'AMR',
    days: 3,
    materials: [material('PREMISES_PROOF'), material('BUSINESS_LICENCE', false, true)],
  });
  await publishItem(hub, {
    code: 'TST-AMR-PENDING-CORE',
    departmentCode: 'AMR',
    days: 3,
    materials: [material('PREMISES_PROOF'), material('BUSINESS_LICENCE')],
  });
  for (const code of ['DRC', 'NRP', 'EEB', 'HCB']) seals[code] = await generateSeal(hub, code);
}, 600_000);

afterAll(async () => {
  await hub?.stop();
});

beforeEach(() => hub.clock.set('2026-11-30T02:00:00Z'));

describe('point 3: a pending non-core material is treated like a missing one', () => {
  it('accepts under commitment when the items allow it missing, returns it when core', async () => {
    const allowed = await applyAndSettle(hub, 'ITEM', 'TST-AMR-PENDING-OK');
    expect(allowed.status).toBe('IN_PROGRESS');
    expect(allowed.commitment.materialTypeCodes).toEqual(['BUSINESS_LICENCE']);

    const core = await applyAndSettle(hub, 'ITEM', 'TST-AMR-PENDING-CORE');
    expect(core.status).toBe('RETURNED');
    expect(core.notice).toEqual([
      {
        materialTypeCode: 'BUSINESS_LICENCE',
        state: 'PENDING',
        problems: ['Business licence waits for its review by AMR.'],
      },
    ]);
  });
});

const commitmentQuery = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      status
      commitment {
        materialTypeCodes
        verifiedMaterialTypeCodes
        outstandingMaterialTypeCodes
        kept
        exception {
          documentNumber
          by
        }
      }
      licences {
        serial
      }
      timeline(first: 100) {
        nodes {
          kind
        }
      }
    }
  }
`;
const readCommitment = async (id: string) => {
  const response = await hub.query('coordinator', commitmentQuery, { id });
  expect(response.errors).toBeUndefined();
  return response.data.case;
};
const exceptionMutation = /* GraphQL */ `
  mutation ($caseId: ID!, $reason: String!, $documentNumber: String!) {
    recordCommitmentException(caseId: $caseId, reason: $reason, documentNumber: $documentNumber) {
      status
    }
  }
`;

describe('point 5: a commitment is kept before the licences are delivered', () => {
  it('holds a bundle accepted under commitment, approved by all, until the material is verified', async () => {
    // Riverside has not handed over the environmental impact report (see approvals-hub).
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-BUILD');
    expect(kase.status).toBe('IN_PROGRESS');
    expect(kase.commitment.materialTypeCodes).toEqual(['ENVIRONMENTAL_IMPACT_REPORT']);
    for (const code of ['DRC', 'NRP', 'EEB', 'HCB']) {
      await approveTask(hub, taskOf(kase, code), kase.id, seals[code], '2026-12-02T03:00:00Z');
    }
    const waiting = await readCommitment(kase.id);
    expect(waiting).toMatchObject({
      status: 'IN_PROGRESS',
      commitment: {
        outstandingMaterialTypeCodes: ['ENVIRONMENTAL_IMPACT_REPORT'],
        kept: false,
        exception: null,
      },
    });
    expect(
      (await readCase(hub, kase.id, applicantOf(riverside))).tasks.map((t: any) => t.licence),
    ).toEqual([null, null, null, null]);
    expect(waiting.timeline.nodes.map((entry: any) => entry.kind)).toContain('COMPLETION_WAITING');
    // A center exception is refused to anyone but the center.
    expect(
      errorCodes(
        await hub.query('coordinator', exceptionMutation, {
          caseId: kase.id,
          reason: 'x',
          documentNumber: 'D-1',
        }),
      ),
    ).toEqual(['FORBIDDEN']);

    // Handed over pending: still waiting. Verified by its lead department: completed.
    const uploaded = await upload(hub, applicantOf(riverside), {
      applicantId: riverside,
      materialTypeCode: 'ENVIRONMENTAL_IMPACT_REPORT',
      bytes: pdf('environmental impact report of the warehouse'),
    });
    expect(uploaded.errors).toBeUndefined();
    await hub.settle();
    expect((await readCommitment(kase.id)).status).toBe('IN_PROGRESS');
    const reviewed = await hub.query(
      departmentStaff('EEB'),
      `mutation ($input: ReviewMaterialInput!) { reviewMaterial(input: $input) { status } }`,
      {
        input: {
          materialId: uploaded.data.uploadMaterial.id,
          decision: 'VERIFIED',
          problems: [],
        },
      },
    );
    expect(reviewed.errors).toBeUndefined();
    await hub.settle();
    const done = await readCommitment(kase.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      commitment: {
        verifiedMaterialTypeCodes: ['ENVIRONMENTAL_IMPACT_REPORT'],
        outstandingMaterialTypeCodes: [],
        kept: true,
      },
    });
    expect(done.licences).toHaveLength(4);
    const kinds = done.timeline.nodes.map((entry: any) => entry.kind);
    expect(kinds.indexOf('COMMITMENT_KEPT')).toBeLessThan(kinds.indexOf('COMPLETED'));
  }, 600_000);

  it("completes on the center's documented exception instead", async () => {
    await publishItem(hub, {
      code: 'TST-EEB-COMMIT',
      departmentCode: 'EEB',
      days: 5,
      materials: [material('SITE_PLAN'), material('FIRE_SAFETY_DESIGN', false, true)],
    });
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-EEB-COMMIT');
    expect(kase.commitment.materialTypeCodes).toEqual(['FIRE_SAFETY_DESIGN']);
    await approveTask(hub, taskOf(kase, 'EEB'), kase.id, seals.EEB, '2026-12-02T03:00:00Z');
    expect((await readCommitment(kase.id)).status).toBe('IN_PROGRESS');
    const blank = await hub.query('centerAdmin', exceptionMutation, {
      caseId: kase.id,
      reason: ' ',
      documentNumber: 'D-1',
    });
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    const exempted = await hub.query('centerAdmin', exceptionMutation, {
      caseId: kase.id,
      reason: 'The fire design is reviewed at the building permit stage.',
      documentNumber: 'CENTER-2026-117',
    });
    expect(exempted.errors).toBeUndefined();
    await hub.settle();
    const done = await readCommitment(kase.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      commitment: {
        outstandingMaterialTypeCodes: ['FIRE_SAFETY_DESIGN'],
        kept: true,
        exception: { documentNumber: 'CENTER-2026-117' },
      },
    });
    const again = await hub.query('centerAdmin', exceptionMutation, {
      caseId: kase.id,
      reason: 'again',
      documentNumber: 'D-2',
    });
    expect(errorCodes(again)).toEqual(['NO_OPEN_COMMITMENT']);
  });
});

const supplyMutation = /* GraphQL */ `
  mutation ($taskId: ID!) {
    supplySupplement(taskId: $taskId) {
      status
    }
  }
`;

const supervisedQuery = /* GraphQL */ `
  query ($id: ID!) {
    supervisedCase(id: $id) {
      clock {
        pausedWorkingDays
        deadlineOn
        paused
      }
      tasks {
        departmentCode
        clock {
          pausedWorkingDays
          deadlineOn
          paused
        }
      }
    }
  }
`;

describe('points 4 and 9: a supplement brings a new version; one clock truth', () => {
  it('refuses a supplement without a new version, and case, tasks and supervision agree after one', async () => {
    await verifiedMaterial(hub, riverside, 'ENVIRONMENTAL_IMPACT_REPORT', 'EEB');
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-BUILD');
    expect(kase.tasks).toHaveLength(4);
    const hcb = taskOf(kase, 'HCB');
    await departmentStep(hub, hcb, kase.id, 'accepted', { at: '2026-11-30T03:00:00Z' });
    await departmentStep(hub, hcb, kase.id, 'supplement-requested', {
      at: '2026-12-01T03:00:00Z',
      requests: [{ materialTypeCode: 'CONSTRUCTION_DRAWINGS', reason: 'Sheet 4 is missing.' }],
    });
    hub.clock.set('2026-12-03T02:00:00Z');
    const notYet = await hub.query(applicantOf(riverside), supplyMutation, { taskId: hcb.id });
    expect(errorCodes(notYet)).toEqual(['SUPPLEMENT_NOT_UPLOADED']);

    const drawings = await upload(hub, applicantOf(riverside), {
      applicantId: riverside,
      materialTypeCode: 'CONSTRUCTION_DRAWINGS',
      bytes: pdf('construction drawings, sheet 4 added'),
    });
    expect(drawings.errors).toBeUndefined();
    await hub.settle();
    const supplied = await hub.query(applicantOf(riverside), supplyMutation, { taskId: hcb.id });
    expect(supplied.errors).toBeUndefined();
    await departmentStep(hub, hcb, kase.id, 'resumed', { at: '2026-12-04T03:00:00Z' });
    hub.clock.set('2026-12-07T02:00:00Z');
    await hub.settle();

    const approvalsView = await readCase(hub, kase.id);
    const caseClock = (
      await hub.query(
        'coordinator',
        '{ case(id: "' + kase.id + '") { clock { pausedDays deadlineOn paused } } }',
      )
    ).data.case.clock;
    const supervision = await hub.query('coordinator', supervisedQuery, { id: kase.id });
    expect(supervision.errors).toBeUndefined();
    const board = supervision.data.supervisedCase;
    // Paused from the request (1 Dec) until the applicant supplied (3 Dec), not until the
    // department resumed (4 Dec): two working days, in approvals as in supervision.
    expect(caseClock).toEqual({
      pausedDays: 2,
      deadlineOn: approvalsView.deadlineOn,
      paused: false,
    });
    expect(board.clock).toEqual({
      pausedWorkingDays: caseClock.pausedDays,
      deadlineOn: caseClock.deadlineOn,
      paused: false,
    });
    for (const task of approvalsView.tasks) {
      const watched = board.tasks.find((t: any) => t.departmentCode === task.department.code);
      expect(watched.clock).toEqual({
        pausedWorkingDays: task.clock.pausedDays,
        deadlineOn: task.clock.deadlineOn,
        paused: task.clock.paused,
      });
      expect(task.deadlineOn).toBe(task.clock.deadlineOn);
    }
    expect(taskOf(approvalsView, 'HCB').clock.pausedDays).toBe(2);
  }, 600_000);
});

const setCalendarYear = /* GraphQL */ `
  mutation ($year: Int!, $days: [CalendarDayInput!]!) {
    setCalendarYear(year: $year, days: $days) {
      year
    }
  }
`;
const calendarCaseQuery = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      status
      calendarWaitingYear
      acceptedAt
      deadlineOn
      tasks {
        deadlineOn
      }
      timeline(first: 100) {
        nodes {
          kind
          summary
        }
      }
    }
  }
`;

describe('point 7: deadlines never run into a year the center has not entered', () => {
  it('keeps a case applied for on 2026-12-31 waiting for 2027, accepts it once entered, recomputes when 2027 changes, and accepts one applied on 2026-12-31 after 2027 is entered at once', async () => {
    await publishItem(hub, {
      code: 'TST-DRC-CALENDAR',
      departmentCode: 'DRC',
      days: 4,
      materials: [material('PROJECT_PROPOSAL')],
    });
    hub.clock.set('2026-12-31T02:00:00Z');
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-CALENDAR');
    const read = async () => {
      const response = await hub.query('coordinator', calendarCaseQuery, { id: kase.id });
      expect(response.errors).toBeUndefined();
      return response.data.case;
    };
    const waiting = await read();
    expect(waiting).toMatchObject({
      status: 'SUBMITTED',
      calendarWaitingYear: 2027,
      acceptedAt: null,
      deadlineOn: null,
      tasks: [],
    });
    expect(waiting.timeline.nodes.map((entry: any) => entry.kind)).toContain('CALENDAR_WAITING');

    // The center enters 2027 with New Year's Day: the case is accepted, counted over it.
    hub.clock.set('2026-12-31T06:00:00Z');
    const entered = await hub.query('centerAdmin', setCalendarYear, {
      year: 2027,
      days: [{ date: '2027-01-01', kind: 'HOLIDAY', name: "New Year's Day" }],
    });
    expect(entered.errors).toBeUndefined();
    await hub.settle();
    const accepted = await read();
    expect(accepted).toMatchObject({ status: 'IN_PROGRESS', calendarWaitingYear: null });
    // 4 working days after Thursday 31 December, New Year's Day off: Jan 4, 5, 6, 7.
    expect(accepted.deadlineOn).toBe('2027-01-07');

    // The center adds a holiday on 5 January: the running deadlines move, on the timeline.
    const changed = await hub.query('centerAdmin', setCalendarYear, {
      year: 2027,
      days: [
        { date: '2027-01-01', kind: 'HOLIDAY', name: "New Year's Day" },
        { date: '2027-01-05', kind: 'HOLIDAY', name: 'A holiday the center adds' },
      ],
    });
    expect(changed.errors).toBeUndefined();
    await hub.settle();
    const recomputed = await read();
    expect(recomputed.deadlineOn).toBe('2027-01-08');
    const entry = recomputed.timeline.nodes.find(
      (node: any) => node.kind === 'DEADLINE_RECOMPUTED',
    );
    expect(entry.summary).toContain('case 2027-01-07 -> 2027-01-08');
    for (const task of recomputed.tasks) expect(task.deadlineOn <= '2027-01-08').toBe(true);
    // Point 9, one clock truth: supervision's board moves with the case.
    const watched = (await hub.query('coordinator', supervisedQuery, { id: kase.id })).data
      .supervisedCase;
    expect(watched.clock.deadlineOn).toBe('2027-01-08');
    expect(watched.tasks.map((task: any) => task.clock.deadlineOn)).toEqual(
      recomputed.tasks.map((task: any) => task.deadlineOn),
    );

    // Applied on 31 December once 2027 is entered: accepted at once, counted over its holidays
    // (Jan 4, 6, 7, 8), never waiting.
    hub.clock.set('2026-12-31T08:00:00Z');
    const after = await applyAndSettle(hub, 'ITEM', 'TST-DRC-CALENDAR');
    const acceptedAtOnce = (await hub.query('coordinator', calendarCaseQuery, { id: after.id }))
      .data.case;
    expect(acceptedAtOnce).toMatchObject({
      status: 'IN_PROGRESS',
      calendarWaitingYear: null,
      deadlineOn: '2027-01-08',
    });
    expect(acceptedAtOnce.timeline.nodes.map((entry: any) => entry.kind)).not.toContain(
      'CALENDAR_WAITING',
    );
  }, 600_000);
});
