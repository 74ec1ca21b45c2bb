import { createHash } from 'node:crypto';
import { addWorkingDays, workingDaysBetween } from '../../../services/kit';
import { errorCodes } from '../../kit/graphql-client';
import {
  applicantOf,
  applyAndSettle,
  approveTask,
  calendar2026,
  departmentStaff,
  departmentStep,
  eventsOf,
  generateSeal,
  greenLeaf,
  publishAs,
  readCase,
  riverside,
  snapshot,
  startApprovalsHub,
  startOfTests,
  type ApprovalsHub,
  verifiedMaterial,
  type TestSeal,
} from './approvals-hub';
import { pdf, upload } from '../materials/materials-hub';

let hub: ApprovalsHub;
const seals: Record<string, TestSeal> = {};
const { calendar } = calendar2026();
/** The day `startOfTests` falls on in the center's time zone. */
const startDay = '2026-11-30';

beforeAll(async () => {
  hub = await startApprovalsHub();
  for (const code of ['DRC', 'NRP', 'EEB', 'HCB', 'AMR'])
    seals[code] = await generateSeal(hub, code);
}, 600_000);

afterAll(async () => {
  await hub?.stop();
});

beforeEach(() => hub.clock.set(startOfTests));

const taskOf = (kase: any, code: string) =>
  kase.tasks.find((task: any) => task.department.code === code);

const licenceQuery = /* GraphQL */ `
  query ($serial: String!) {
    licence(serial: $serial) {
      serial
      holderName
      items {
        code
      }
      signatureValid
      valid
      department {
        code
      }
    }
  }
`;

const withdrawMutation = /* GraphQL */ `
  mutation ($caseId: ID!) {
    withdrawCase(caseId: $caseId) {
      status
    }
  }
`;

const supplyMutation = /* GraphQL */ `
  mutation ($taskId: ID!) {
    supplySupplement(taskId: $taskId) {
      status
    }
  }
`;

describe('acceptance and fan-out', () => {
  it('accepts with a non-core material missing under commitment, and opens every task at once with its deadline', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-BUILD');
    expect(kase.status).toBe('IN_PROGRESS');
    expect(kase.acceptedAt).toBe(startOfTests.replace('Z', '.000Z'));
    expect(kase.commitment).toEqual({
      materialTypeCodes: ['ENVIRONMENTAL_IMPACT_REPORT'],
      deadlineOn: addWorkingDays(calendar, startDay, 5),
    });
    expect(kase.deadlineOn).toBe(addWorkingDays(calendar, startDay, 12));
    // Each department's promised limit, capped by the bundle's 12 days (EEB promises 20).
    const limits: Record<string, number> = { DRC: 5, NRP: 8, EEB: 12, HCB: 5 };
    expect(kase.tasks.map((task: any) => task.department.code)).toEqual([
      'DRC',
      'EEB',
      'HCB',
      'NRP',
    ]);
    for (const task of kase.tasks) {
      const limit = limits[task.department.code];
      expect(task).toMatchObject({
        status: 'OPEN',
        deadlineOn: addWorkingDays(calendar, startDay, limit),
        clock: { limitDays: limit, usedDays: 0, leftDays: limit, paused: false, overdue: false },
      });
    }
    const opened = (await eventsOf(hub, 'approvals.task.opened')).filter(
      (event) => event.payload.caseId === kase.id,
    );
    expect(opened.map((event) => event.payload.departmentCode).sort()).toEqual([
      'DRC',
      'EEB',
      'HCB',
      'NRP',
    ]);
    expect(opened.find((e) => e.payload.departmentCode === 'EEB')!.payload).toMatchObject({
      applicantId: riverside,
      caseReference: kase.reference,
      materialTypeCodes: ['ENVIRONMENTAL_IMPACT_REPORT', 'SITE_PLAN'],
      items: [{ code: 'TST-EEB-1', version: 1, promisedLimitDays: 20, meetingBeforeSign: false }],
      deadlineOn: addWorkingDays(calendar, startDay, 12),
    });
    const [accepted] = (await eventsOf(hub, 'approvals.case.accepted')).filter(
      (e) => e.key === kase.id,
    );
    expect(accepted.payload.commitment.materialTypeCodes).toEqual(['ENVIRONMENTAL_IMPACT_REPORT']);
  });

  it('counts working days over the calendar as time passes', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    hub.clock.set('2026-12-07T02:00:00Z');
    const later = await readCase(hub, kase.id);
    const used = workingDaysBetween(calendar, startDay, '2026-12-07');
    expect(taskOf(later, 'DRC').clock).toMatchObject({
      limitDays: 4,
      usedDays: used,
      leftDays: 4 - used,
      overdue: true,
    });
  });
});

describe('the join', () => {
  it('completes when every department approved, delivering every licence together, each verifying', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-BUILD');
    const serials: string[] = [];
    for (const code of ['DRC', 'NRP', 'EEB']) {
      serials.push(
        await approveTask(hub, taskOf(kase, code), kase.id, seals[code], '2026-12-02T03:00:00Z'),
      );
    }
    const waiting = await readCase(hub, kase.id, applicantOf(riverside));
    expect(waiting.status).toBe('IN_PROGRESS');
    expect(waiting.tasks.map((task: any) => task.licence)).toEqual([null, null, null, null]);
    expect((await hub.query(null, licenceQuery, { serial: serials[0] })).data.licence).toBeNull();

    // The report the case was accepted without arrives and is verified: the commitment is kept.
    await verifiedMaterial(hub, riverside, 'ENVIRONMENTAL_IMPACT_REPORT', 'EEB');
    await hub.settle();
    serials.push(
      await approveTask(hub, taskOf(kase, 'HCB'), kase.id, seals.HCB, '2026-12-03T03:00:00Z'),
    );
    const done = await readCase(hub, kase.id, applicantOf(riverside));
    expect(done.status).toBe('COMPLETED');
    const delivered = done.tasks.map((task: any) => task.licence);
    expect(
      delivered.every((l: any) => l.deliveredAt === '2026-12-03T03:00:00.000Z' && l.signatureValid),
    ).toBe(true);
    const issued = (await eventsOf(hub, 'approvals.licence.issued')).filter(
      (e) => e.payload.caseId === kase.id,
    );
    expect(issued.map((e) => e.key).sort()).toEqual([...serials].sort());
    const [completed] = (await eventsOf(hub, 'approvals.case.completed')).filter(
      (e) => e.key === kase.id,
    );
    expect(completed.payload.licenceSerials.sort()).toEqual([...serials].sort());

    for (const serial of serials) {
      const response = await hub.query(null, licenceQuery, { serial });
      expect(response.data.licence).toMatchObject({
        serial,
        holderName: 'Riverside Logistics Co., Ltd.',
        signatureValid: true,
        valid: true,
      });
    }
    // Materials turned each licence into a verified electronic licence of the applicant.
    const [row] = await hub
      .subgraph('materials')
      .orm.em.fork()
      .getConnection()
      .execute(`select count(*)::int as n from material where licence_serial = any(?::text[])`, [
        `{${serials.join(',')}}`,
      ]);
    expect(row.n).toBe(4);
  });

  it('reports a licence whose seal does not verify', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    // Signed with NRP's key while naming DRC's: not DRC's seal.
    const forged = { ...seals.NRP, keyId: seals.DRC.keyId };
    const serial = await approveTask(
      hub,
      taskOf(kase, 'DRC'),
      kase.id,
      forged,
      '2026-12-02T03:00:00Z',
    );
    const response = await hub.query(null, licenceQuery, { serial });
    expect(response.data.licence).toMatchObject({ serial, signatureValid: false, valid: false });
  });

  it('keeps verifying licences sealed before the revocation; a sign-off after it never stands', async () => {
    const seal = await generateSeal(hub, 'DRC');
    const earlier = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    const before = await approveTask(
      hub,
      taskOf(earlier, 'DRC'),
      earlier.id,
      seal,
      '2026-12-02T03:00:00Z',
    );
    await publishAs(hub, 'center', 'center.seal.revoked', 'DRC', {
      id: 'seal-of-test',
      departmentCode: 'DRC',
      keyFingerprint: createHash('sha256')
        .update(Buffer.from(seal.publicKey, 'base64'))
        .digest('hex'),
      revokedAt: '2026-12-03T00:00:00.000Z',
      reason: 'Key compromised.',
    });
    const later = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    const after = await approveTask(
      hub,
      taskOf(later, 'DRC'),
      later.id,
      seal,
      '2026-12-04T03:00:00Z',
    );
    const licenceOf = async (serial: string) =>
      (await hub.query(null, licenceQuery, { serial })).data.licence;
    expect((await licenceOf(before)).signatureValid).toBe(true);
    expect(await licenceOf(after)).toBeNull();
    const refused = await readCase(hub, later.id);
    expect(refused.status).toBe('IN_PROGRESS');
    expect(taskOf(refused, 'DRC')).toMatchObject({ status: 'REVIEWED', licence: null });
    const [refusal] = (await eventsOf(hub, 'approvals.sign-off.refused')).filter(
      (event) => event.payload.caseId === later.id,
    );
    expect(refusal.payload).toMatchObject({ reason: 'SEAL_REVOKED', serials: [after] });
  });

  it('ends the case on one rejection and cancels the other open tasks', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-BUILD');
    await approveTask(hub, taskOf(kase, 'NRP'), kase.id, seals.NRP, '2026-12-01T03:00:00Z');
    await departmentStep(hub, taskOf(kase, 'DRC'), kase.id, 'accepted');
    await departmentStep(hub, taskOf(kase, 'DRC'), kase.id, 'rejected', {
      reasons: ['The project is not in the investment catalogue.'],
    });
    const ended = await readCase(hub, kase.id);
    expect(ended.status).toBe('REJECTED');
    expect(Object.fromEntries(ended.tasks.map((t: any) => [t.department.code, t.status]))).toEqual({
      DRC: 'REJECTED',
      NRP: 'APPROVED',
      EEB: 'CANCELLED',
      HCB: 'CANCELLED',
    });
    const cancelled = (await eventsOf(hub, 'approvals.task.cancelled')).filter(
      (e) => e.payload.caseId === kase.id,
    );
    expect(cancelled.map((e) => [e.payload.departmentCode, e.payload.reason]).sort()).toEqual([
      ['EEB', 'CASE_REJECTED'],
      ['HCB', 'CASE_REJECTED'],
    ]);
    const [rejected] = (await eventsOf(hub, 'approvals.case.rejected')).filter(
      (e) => e.key === kase.id,
    );
    expect(rejected.payload).toMatchObject({
      departmentCode: 'DRC',
      reasons: ['The project is not in the investment catalogue.'],
    });
    // A late approval changes nothing, and no licence is delivered.
    const before = await snapshot(hub);
    await approveTask(hub, taskOf(kase, 'EEB'), kase.id, seals.EEB, '2026-12-02T03:00:00Z');
    const after = await readCase(hub, kase.id);
    expect(after.status).toBe('REJECTED');
    expect(taskOf(after, 'EEB').status).toBe('CANCELLED');
    expect((await snapshot(hub)).statuses).toBe(before.statuses);
  });

  it('pauses a task clock while a supplement is awaited, and moves its deadline by the paused days', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    const hcb = taskOf(kase, 'HCB');
    await departmentStep(hub, hcb, kase.id, 'accepted', { at: '2026-11-30T03:00:00Z' });
    await departmentStep(hub, hcb, kase.id, 'supplement-requested', {
      at: '2026-12-01T03:00:00Z',
      requests: [{ materialTypeCode: 'CONSTRUCTION_DRAWINGS', reason: 'Sheet 4 is missing.' }],
    });
    hub.clock.set('2026-12-03T02:00:00Z');
    let now = await readCase(hub, kase.id, applicantOf(riverside));
    expect(taskOf(now, 'HCB')).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      supplementRequests: [
        { materialTypeCode: 'CONSTRUCTION_DRAWINGS', reason: 'Sheet 4 is missing.' },
      ],
      clock: { paused: true, usedDays: 1, pausedDays: 2 },
    });
    expect(taskOf(now, 'DRC').clock).toMatchObject({ paused: false, usedDays: 3 });

    const drawings = await upload(hub, applicantOf(riverside), {
      applicantId: riverside,
      materialTypeCode: 'CONSTRUCTION_DRAWINGS',
      bytes: pdf('construction drawings with sheet 4'),
    });
    expect(drawings.errors).toBeUndefined();
    await hub.settle();
    const supplied = await hub.query(applicantOf(riverside), supplyMutation, { taskId: hcb.id });
    expect(supplied.data.supplySupplement.status).toBe('SUPPLEMENT_SUPPLIED');
    const [event] = (await eventsOf(hub, 'approvals.supplement.supplied')).filter(
      (e) => e.key === hcb.id,
    );
    expect(event.payload).toMatchObject({
      caseId: kase.id,
      departmentCode: 'HCB',
      materialTypeCodes: ['CONSTRUCTION_DRAWINGS'],
    });

    await departmentStep(hub, hcb, kase.id, 'resumed', { at: '2026-12-04T03:00:00Z' });
    hub.clock.set('2026-12-07T02:00:00Z');
    now = await readCase(hub, kase.id);
    // The clock ran again when the applicant supplied (3 Dec), not when the department resumed.
    const paused = workingDaysBetween(calendar, '2026-12-01', '2026-12-03');
    expect(paused).toBe(2);
    expect(taskOf(now, 'HCB')).toMatchObject({
      status: 'ACCEPTED',
      deadlineOn: addWorkingDays(calendar, addWorkingDays(calendar, startDay, 4), paused),
      clock: {
        paused: false,
        pausedDays: 2,
        usedDays: workingDaysBetween(calendar, startDay, '2026-12-07') - 2,
      },
    });
    // The supplied drawings wait for their review; the lead department verifies them, so the
    // applicant's next cases find them verified.
    await verifiedMaterial(hub, riverside, 'CONSTRUCTION_DRAWINGS', 'HCB');
    await hub.settle();
  });

  it('lets the applicant withdraw until completion, cancelling every open task', async () => {
    // Earlier tests rotated and revoked DRC's seal: sign with the one in force now.
    seals.DRC = await generateSeal(hub, 'DRC');
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    await approveTask(hub, taskOf(kase, 'DRC'), kase.id, seals.DRC, '2026-12-01T03:00:00Z');
    const withdrawn = await hub.query(applicantOf(riverside), withdrawMutation, {
      caseId: kase.id,
    });
    expect(withdrawn.data.withdrawCase.status).toBe('WITHDRAWN');
    await hub.settle();
    const after = await readCase(hub, kase.id);
    expect(Object.fromEntries(after.tasks.map((t: any) => [t.department.code, t.status]))).toEqual({
      DRC: 'APPROVED',
      HCB: 'CANCELLED',
    });
    const cancelled = (await eventsOf(hub, 'approvals.task.cancelled')).filter(
      (e) => e.payload.caseId === kase.id,
    );
    expect(cancelled.map((e) => [e.payload.departmentCode, e.payload.reason])).toEqual([
      ['HCB', 'CASE_WITHDRAWN'],
    ]);
    expect(
      (await eventsOf(hub, 'approvals.case.withdrawn')).filter((e) => e.key === kase.id),
    ).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('refuses with a code and changes nothing', async () => {
    const open = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    const completed = await applyAndSettle(hub, 'ITEM', 'TST-HCB-1');
    await approveTask(
      hub,
      taskOf(completed, 'HCB'),
      completed.id,
      seals.HCB,
      '2026-12-01T03:00:00Z',
    );
    const cases = [
      [applicantOf(greenLeaf), withdrawMutation, { caseId: open.id }, 'FORBIDDEN'],
      ['coordinator', withdrawMutation, { caseId: open.id }, 'FORBIDDEN'],
      [applicantOf(riverside), withdrawMutation, { caseId: completed.id }, 'CASE_CLOSED'],
      [applicantOf(riverside), withdrawMutation, { caseId: 'nope' }, 'BAD_USER_INPUT'],
      [
        applicantOf(riverside),
        supplyMutation,
        { taskId: taskOf(open, 'DRC').id },
        'SUPPLEMENT_NOT_REQUESTED',
      ],
      [applicantOf(greenLeaf), supplyMutation, { taskId: taskOf(open, 'DRC').id }, 'FORBIDDEN'],
      [departmentStaff('DRC'), supplyMutation, { taskId: taskOf(open, 'DRC').id }, 'FORBIDDEN'],
    ] as const;
    for (const [caller, mutation, variables, code] of cases) {
      const before = await snapshot(hub);
      const response = await hub.query(caller as any, mutation, variables);
      expect({ code, got: errorCodes(response) }).toEqual({ code, got: [code] });
      expect(await snapshot(hub)).toEqual(before);
    }
  });

  it('shows a case only to its applicant, its departments and the center', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    const query = `query ($id: ID!) { case(id: $id) { reference } }`;
    for (const caller of [
      applicantOf(riverside),
      departmentStaff('HCB'),
      'supervisor',
      'centerAdmin',
    ]) {
      expect((await hub.query(caller as any, query, { id: kase.id })).data.case.reference).toBe(
        kase.reference,
      );
    }
    for (const caller of [applicantOf(greenLeaf), departmentStaff('NRP')]) {
      expect(errorCodes(await hub.query(caller as any, query, { id: kase.id }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    const mine = await hub.query(applicantOf(greenLeaf), '{ myCases { nodes { id } } }');
    expect(mine.data.myCases.nodes.map((n: any) => n.id)).not.toContain(kase.id);
    const theirs = await hub.query(
      departmentStaff('NRP'),
      '{ departmentCases(first: 100) { nodes { id } } }',
    );
    expect(theirs.data.departmentCases.nodes.map((n: any) => n.id)).not.toContain(kase.id);
    const hcb = await hub.query(
      departmentStaff('HCB'),
      '{ departmentCases(first: 100) { nodes { id } } }',
    );
    expect(hcb.data.departmentCases.nodes.map((n: any) => n.id)).toContain(kase.id);
  });
});
