import { runClockCheck } from '../../../services/supervision/clock/clock-check';
import {
  applyAndSettle,
  material,
  publishItem,
  riverside,
  startApprovalsHub,
  verifiedMaterial,
  type ApprovalsHub,
} from './approvals-hub';

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
  await publishItem(hub, {
    code: 'TST-EEB-COMMIT',
    departmentCode: 'EEB',
    days: 5,
    materials: [material('SITE_PLAN'), material('FIRE_SAFETY_DESIGN', false, true)],
  });
}, 600_000);

afterAll(async () => {
  await hub?.stop();
});

const caseQuery = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      status
      commitment {
        deadlineOn
        materials {
          materialTypeCode
          deadlineOn
          verified
        }
      }
    }
    supervisedCase(id: $id) {
      commitments {
        materialTypeCode
        keptBy
        level
        clock {
          limitDays
          deadlineOn
          workingDaysUsed
        }
      }
    }
  }
`;

async function read(id: string) {
  const response = await hub.query('coordinator', caseQuery, { id });
  expect(response.errors).toBeUndefined();
  return response.data;
}

async function commitmentCards(caseId: string) {
  const response = await hub.query(
    'supervisor',
    /* GraphQL */ `
      query ($caseId: String) {
        clockWarnings(caseId: $caseId, first: 100) {
          nodes {
            subjectKind
            materialTypeCode
            level
            deadlineOn
          }
        }
        violations(caseId: $caseId, first: 100) {
          nodes {
            kind
          }
        }
      }
    `,
    { caseId },
  );
  expect(response.errors).toBeUndefined();
  return {
    warnings: response.data.clockWarnings.nodes
      .filter((warning: any) => warning.subjectKind === 'COMMITMENT')
      .map((warning: any) => `${warning.level} ${warning.materialTypeCode} ${warning.deadlineOn}`)
      .sort(),
    violations: response.data.violations.nodes
      .map((violation: any) => violation.kind)
      .filter((kind: string) => kind === 'COMMITMENT_OVERDUE'),
  };
}

/** Moves the clock to `instant` and runs supervision's periodic level check. */
async function checkAt(instant: string) {
  hub.clock.set(instant);
  await runClockCheck(hub.subgraph('supervision').orm.em);
  await hub.settle();
}

describe('point 5: a deadline per committed material, warned and judged as clocks are', () => {
  it('warns yellow then red and records a violation for a material never verified; not for one verified in time', async () => {
    // Monday 30 November: both accepted under commitment, each material due 5 working days on.
    hub.clock.set('2026-11-30T02:00:00Z');
    const late = await applyAndSettle(hub, 'BUNDLE', 'TST-BUILD');
    const kept = await applyAndSettle(hub, 'ITEM', 'TST-EEB-COMMIT');
    expect(late.status).toBe('IN_PROGRESS');
    expect(kept.status).toBe('IN_PROGRESS');

    const accepted = await read(late.id);
    expect(accepted.case.commitment).toEqual({
      deadlineOn: '2026-12-07',
      materials: [
        {
          materialTypeCode: 'ENVIRONMENTAL_IMPACT_REPORT',
          deadlineOn: '2026-12-07',
          verified: false,
        },
      ],
    });
    expect(accepted.supervisedCase.commitments).toEqual([
      {
        materialTypeCode: 'ENVIRONMENTAL_IMPACT_REPORT',
        keptBy: null,
        level: 'GREEN',
        clock: { limitDays: 5, deadlineOn: '2026-12-07', workingDaysUsed: 0 },
      },
    ]);

    // Wednesday 2 December: the fire safety design is handed over and verified by HCB.
    hub.clock.set('2026-12-02T02:00:00Z');
    await verifiedMaterial(hub, riverside, 'FIRE_SAFETY_DESIGN', 'HCB');
    await hub.settle();
    const verified = await read(kept.id);
    expect(verified.case.commitment.materials).toEqual([
      { materialTypeCode: 'FIRE_SAFETY_DESIGN', deadlineOn: '2026-12-07', verified: true },
    ]);
    expect(verified.supervisedCase.commitments).toMatchObject([
      { materialTypeCode: 'FIRE_SAFETY_DESIGN', keptBy: 'VERIFIED', level: 'GREEN' },
    ]);

    // Thursday 3 December: two working days left of five (the yellow threshold): yellow.
    await checkAt('2026-12-03T04:00:00Z');
    expect(await commitmentCards(late.id)).toEqual({
      warnings: ['YELLOW ENVIRONMENTAL_IMPACT_REPORT 2026-12-07'],
      violations: [],
    });
    // Monday 7 December, the last day: still yellow, no violation.
    await checkAt('2026-12-07T08:00:00Z');
    expect((await commitmentCards(late.id)).violations).toEqual([]);

    // Tuesday 8 December: the deadline passed unverified: red, and one violation.
    await checkAt('2026-12-08T02:00:00Z');
    expect(await commitmentCards(late.id)).toEqual({
      warnings: [
        'RED ENVIRONMENTAL_IMPACT_REPORT 2026-12-07',
        'YELLOW ENVIRONMENTAL_IMPACT_REPORT 2026-12-07',
      ],
      violations: ['COMMITMENT_OVERDUE'],
    });
    expect((await read(late.id)).supervisedCase.commitments[0]).toMatchObject({
      level: 'RED',
      keptBy: null,
    });
    // Checked again, nothing is recorded twice.
    await checkAt('2026-12-09T02:00:00Z');
    expect((await commitmentCards(late.id)).violations).toEqual(['COMMITMENT_OVERDUE']);

    // The material verified in time raised no card and no violation.
    expect(await commitmentCards(kept.id)).toEqual({ warnings: [], violations: [] });
  }, 600_000);
});
