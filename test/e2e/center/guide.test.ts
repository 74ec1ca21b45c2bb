import { center } from '../../../services/center';
import { startTestHub, type TestHub } from '../../kit/hub';
import { centerState, refusedWithoutChange } from './center-test-kit';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center] });
});

afterAll(async () => {
  await hub?.stop();
});

const guideQuery = `query ($itemCode: ID, $bundleCode: ID) {
  serviceGuide(itemCode: $itemCode, bundleCode: $bundleCode) {
    title promisedLimitDays
    items { code steps { kind name } legalBasis }
    departments { code }
    materials { materialType { code } core mayBeMissingAtAcceptance itemCodes }
    fees { code standard legalBasis }
    windows { number }
    markdown
  }
}`;

describe('demo data', () => {
  it('changes nothing and announces nothing when seeded again', async () => {
    const before = await centerState(hub);
    await center.seed!(hub.subgraph('center').orm.em.fork());
    expect(await centerState(hub)).toEqual(before);
  });
});

describe('service guides', () => {
  it('gives everything an applicant needs for one item, with fees and their legal basis', async () => {
    const response = await hub.query(null, guideQuery, { itemCode: 'NRP-003' });
    expect(response.errors).toBeUndefined();
    const guide = response.data.serviceGuide;
    expect(guide).toMatchObject({
      title: 'First registration of construction land use rights',
      promisedLimitDays: 5,
      departments: [{ code: 'NRP' }],
      windows: [{ number: 2 }],
    });
    expect(guide.fees.map((fee: { code: string }) => fee.code)).toEqual([
      'FEE-CERTIFICATE',
      'FEE-REAL-ESTATE-REG',
    ]);
    expect(guide.markdown).toContain(
      '# Service guide: First registration of construction land use rights',
    );
    expect(guide.markdown).toContain('CNY 550 per registration');
    expect(guide.markdown).toContain('Fa Gai Jia Ge Gui [2016] No. 2559');
    expect(guide.markdown).toContain('Window 2, Planning and land');
  });

  it('merges the materials of a bundle, each once, and says which may be missing', async () => {
    const response = await hub.query(null, guideQuery, { bundleCode: 'START-CONSTRUCTION' });
    const guide = response.data.serviceGuide;
    expect(guide.promisedLimitDays).toBe(30);
    expect(guide.departments.map((d: { code: string }) => d.code)).toEqual([
      'DRC',
      'EEB',
      'HCB',
      'NRP',
    ]);
    const byCode = Object.fromEntries(
      guide.materials.map((m: { materialType: { code: string } }) => [m.materialType.code, m]),
    );
    // SITE_PLAN: core for NRP, missing-at-acceptance allowed by DRC and EEB but not NRP.
    expect(byCode.SITE_PLAN).toEqual({
      materialType: { code: 'SITE_PLAN' },
      core: true,
      mayBeMissingAtAcceptance: false,
      itemCodes: ['DRC-001', 'EEB-001', 'NRP-001', 'NRP-002'],
    });
    expect(byCode.FIRE_SAFETY_DESIGN).toMatchObject({
      core: false,
      mayBeMissingAtAcceptance: true,
      itemCodes: ['HCB-001'],
    });
    expect(guide.materials).toHaveLength(
      new Set(guide.materials.map((m: { materialType: { code: string } }) => m.materialType.code))
        .size,
    );
    expect(guide.windows.map((w: { number: number }) => w.number)).toEqual([1, 2, 3, 5]);
    expect(guide.markdown).toContain('| Site plan (`SITE_PLAN`) | yes | no |');
    expect(guide.markdown).toContain('No fee is charged.');
    expect(guide.markdown).toContain('EEB: Monday, Wednesday, Friday');
  });

  it('refuses a guide for nothing, for both, or for an unpublished item', async () => {
    expect(await refusedWithoutChange(hub, () => hub.query(null, guideQuery, {}))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(null, guideQuery, { itemCode: 'DRC-001', bundleCode: 'OPEN-A-BUSINESS' }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await refusedWithoutChange(hub, () => hub.query(null, guideQuery, { itemCode: 'NOPE-1' })),
    ).toEqual(['NOT_FOUND']);
  });
});

const reportQuery = `query ($code: ID!) {
  complianceReport(departmentCode: $code) {
    passed department { code }
    checks { rule passed failing detail }
  }
}`;

describe('reform compliance', () => {
  it('passes every check for a demo department', async () => {
    const response = await hub.query('supervisor', reportQuery, { code: 'DRC' });
    expect(response.errors).toBeUndefined();
    const report = response.data.complianceReport;
    expect(report.checks.map((c: { rule: string; passed: boolean }) => [c.rule, c.passed])).toEqual(
      [
        ['SECTIONS_AT_MOST_THREE', true],
        ['ITEMS_AT_MOST_THREE_STEPS', true],
        ['CHIEF_REPRESENTATIVE_AUTHORIZED', true],
        ['WINDOW_CLERKS_CERTIFIED', true],
        ['SEAL_REGISTERED', true],
        ['ITEMS_PUBLISHED', true],
      ],
    );
    expect(report.passed).toBe(true);
  });

  it('names the records that fail', async () => {
    // An uncertified window clerk, an item never published, no seal and no chief representative.
    await hub.query(
      'centerAdmin',
      `mutation { registerStaff(input: { subject: "staff-amr-clerk2", name: "New clerk", departmentCode: "AMR", sectionCode: "AMR-REG", duty: WINDOW_CLERK }) { subject } }`,
    );
    const amrChief = {
      subject: 'staff-amr-chief',
      name: 'Gao Feng',
      roles: ['CHIEF_REPRESENTATIVE'],
      departmentCode: 'AMR',
      applicantId: null,
    } as never;
    const proposed = await hub.query(
      amrChief,
      `mutation { proposeItem(input: { code: "AMR-T01", sectionCode: "AMR-REG", name: "Change of registration", kind: SERVICE, legalBasis: "Decree No. 746, Article 24", statutoryLimitDays: 3, promisedLimitDays: 1, steps: [{ kind: ACCEPT, name: "Accept" }, { kind: SIGN, name: "Sign" }], materials: [] }) { code } }`,
    );
    expect(proposed.errors).toBeUndefined();
    const seal = await hub.query(
      null,
      '{ department(code: "AMR") { seal { id } chiefRepresentative { id } } }',
    );
    await hub.query(
      'centerAdmin',
      `mutation { revokeSeal(id: "${seal.data.department.seal.id}", reason: "Lost.") { status } }`,
    );
    await hub.query(
      'centerAdmin',
      `mutation { revokeChiefRepresentative(id: "${seal.data.department.chiefRepresentative.id}", reason: "Retired.") { id } }`,
    );

    const report = (await hub.query('centerAdmin', reportQuery, { code: 'AMR' })).data
      .complianceReport;
    const byRule = Object.fromEntries(report.checks.map((c: { rule: string }) => [c.rule, c]));
    expect(report.passed).toBe(false);
    expect(byRule.WINDOW_CLERKS_CERTIFIED).toMatchObject({
      passed: false,
      failing: ['staff-amr-clerk2'],
    });
    expect(byRule.ITEMS_PUBLISHED).toMatchObject({ passed: false, failing: ['AMR-T01'] });
    expect(byRule.SEAL_REGISTERED.passed).toBe(false);
    expect(byRule.CHIEF_REPRESENTATIVE_AUTHORIZED.passed).toBe(false);
    expect(byRule.SECTIONS_AT_MOST_THREE.passed).toBe(true);
  });

  it('is for the center, supervisors and coordinators only', async () => {
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('departmentReviewer', reportQuery, { code: 'DRC' }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('the working-day calendar', () => {
  it('holds the official 2026 calendar and computes deadlines from it', async () => {
    const response = await hub.query(
      null,
      `{
        calendar(year: 2026) { holidays { date } makeUpWorkingDays { date name } }
        workingDeadline(start: "2026-09-30", workingDays: 3)
        workingDaysBetween(from: "2026-09-30", to: "2026-10-12")
      }`,
    );
    expect(response.data.calendar.holidays).toHaveLength(33);
    expect(response.data.calendar.makeUpWorkingDays).toContainEqual({
      date: '2026-10-10',
      name: 'National Day',
    });
    expect(response.data.workingDeadline).toBe('2026-10-10');
    expect(response.data.workingDaysBetween).toBe(4);
  });

  it('lets the center admin set a year, and announces it', async () => {
    const set = await hub.query(
      'centerAdmin',
      `mutation { setCalendarYear(year: 2027, days: [
        { date: "2027-01-01", kind: HOLIDAY, name: "New Year's Day" },
        { date: "2027-01-02", kind: MAKE_UP_WORKING_DAY, name: "New Year's Day" }
      ]) { year holidays { date } makeUpWorkingDays { date } } }`,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setCalendarYear).toEqual({
      year: 2027,
      holidays: [{ date: '2027-01-01' }],
      makeUpWorkingDays: [{ date: '2027-01-02' }],
    });
    const deadline = await hub.query(
      null,
      '{ workingDeadline(start: "2026-12-31", workingDays: 1) }',
    );
    // Friday 1 January 2027 is a holiday; Saturday 2 January is made up.
    expect(deadline.data.workingDeadline).toBe('2027-01-02');
    const [event] = await hub
      .subgraph('center')
      .orm.em.getConnection()
      .execute(
        `select payload from events.event where topic = 'center.calendar.changed' and key = '2027'`,
      );
    expect(event.payload.days).toHaveLength(2);
  });

  it('refuses a make-up day on a weekday, a day outside the year, and anyone but the admin', async () => {
    const set = (days: string) =>
      `mutation { setCalendarYear(year: 2027, days: [${days}]) { year } }`;
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(
          'centerAdmin',
          set('{ date: "2027-01-04", kind: MAKE_UP_WORKING_DAY, name: "X" }'),
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', set('{ date: "2028-01-01", kind: HOLIDAY, name: "X" }')),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('coordinator', set('{ date: "2027-01-01", kind: HOLIDAY, name: "X" }')),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
