import { Role, type Identity } from '../../../services/kit';
import { errorCodes } from '../../kit/graphql-client';
import {
  applicantOf,
  applyAndSettle,
  readCase,
  riverside,
  startApprovalsHub,
  type ApprovalsHub,
} from './approvals-hub';

/** Staff the center's demo data registers, with permits and (chiefs) authorizations for all items. */
const staff = (code: string, duty: 'reviewer' | 'chief'): Identity => ({
  subject: `staff-${code.toLowerCase()}-${duty}`,
  name: `${code} ${duty}`,
  roles: [duty === 'chief' ? Role.CHIEF_REPRESENTATIVE : Role.DEPARTMENT_REVIEWER],
  departmentCode: code,
  applicantId: null,
});

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
}, 420_000);

afterAll(async () => {
  await hub?.stop();
});

const taskOf = (kase: any, code: string) =>
  kase.tasks.find((task: any) => task.department.code === code);

/** Sends `<code><step>` without waiting for any event to be delivered. */
const send = (caller: Identity | string, code: string, step: string, taskId: string, extra = '') =>
  hub.query(
    caller as never,
    `mutation ($taskId: ID!) { ${code.toLowerCase()}${step}(taskId: $taskId${extra}) { status } }`,
    { taskId },
  );

async function passes(caller: Identity, code: string, step: string, taskId: string, extra = '') {
  const response = await send(caller, code, step, taskId, extra);
  expect(response.errors).toBeUndefined();
  await hub.settle();
}

async function reviewed(taskId: string, code: string) {
  await passes(staff(code, 'reviewer'), code, 'AcceptTask', taskId);
  await passes(staff(code, 'reviewer'), code, 'ReviewTask', taskId, ', opinion: "Complies."');
}

/** The task as each party reports it: approvals, the department, supervision. */
async function truths(taskId: string, code: string) {
  const department = await hub.query(
    'coordinator',
    `query ($id: ID!) { task: ${code.toLowerCase()}Task(id: $id) { status licence { serial } } }`,
    { id: taskId },
  );
  expect(department.errors).toBeUndefined();
  const [supervised] = await hub
    .subgraph('supervision')
    .orm.em.fork()
    .getConnection()
    .execute(`select status from supervised_task where id = ?`, [taskId]);
  const [approvals] = await hub
    .subgraph('approvals')
    .orm.em.fork()
    .getConnection()
    .execute(`select status::text as status from task where id = ?`, [taskId]);
  return {
    approvals: approvals.status as string,
    department: department.data.task.status as string,
    supervision: supervised.status as string,
    departmentLicence: department.data.task.licence,
  };
}

/** Department statuses that say the same as approvals' and supervision's. */
const agree = (t: Awaited<ReturnType<typeof truths>>) => {
  const open = ['OPEN', 'ACCEPTED', 'REVIEWED', 'SUPPLEMENT_REQUESTED'];
  const approvalsOpen = [...open, 'SUPPLEMENT_SUPPLIED'].includes(t.approvals);
  if (approvalsOpen) {
    expect(open).toContain(t.department);
    expect(t.supervision).toBe('OPEN');
    expect(t.departmentLicence).toBeNull();
  } else {
    expect({ department: t.department, supervision: t.supervision }).toEqual({
      department: t.approvals,
      supervision: t.approvals,
    });
  }
};

async function deliveredLicences(caseId: string) {
  const response = await hub.query(
    applicantOf(riverside),
    `query ($id: ID!) { case(id: $id) { licences { serial } } }`,
    { id: caseId },
  );
  expect(response.errors).toBeUndefined();
  return response.data.case.licences;
}

const activeAuthorization = async (code: string) => {
  const response = await hub.query(
    'centerAdmin',
    `query ($code: String!) { chiefRepresentatives(departmentCode: $code, first: 50) {
       nodes { id revokedAt } } }`,
    { code },
  );
  expect(response.errors).toBeUndefined();
  return response.data.chiefRepresentatives.nodes.find((rep: any) => !rep.revokedAt);
};

describe('a revocation that committed first always wins', () => {
  it('never lets a sign-off sent right after revokeChiefRepresentative returned stand', async () => {
    const rounds = 4;
    let refusedByJoin = 0;
    for (let round = 0; round < rounds; round += 1) {
      const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
      const drc = taskOf(kase, 'DRC');
      await reviewed(drc.id, 'DRC');
      const authorization = await activeAuthorization('DRC');
      const revoked = await hub.query(
        'centerAdmin',
        `mutation ($id: ID!) { revokeChiefRepresentative(id: $id, reason: "Left office.") { id } }`,
        { id: authorization.id },
      );
      expect(revoked.errors).toBeUndefined();
      // Immediately: the department's replica may or may not have the revocation yet.
      const signed = await send(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
      if (signed.errors) expect(errorCodes(signed)).toEqual(['NOT_AUTHORIZED_REPRESENTATIVE']);
      else refusedByJoin += 1;
      await hub.settle();

      const after = await readCase(hub, kase.id);
      expect(after.status).toBe('IN_PROGRESS');
      expect(await deliveredLicences(kase.id)).toEqual([]);
      const t = await truths(drc.id, 'DRC');
      expect(t).toMatchObject({ approvals: 'REVIEWED', department: 'REVIEWED' });
      agree(t);

      const again = await hub.query(
        'centerAdmin',
        `mutation ($input: AuthorizeChiefRepresentativeInput!) {
           authorizeChiefRepresentative(input: $input) { id } }`,
        {
          input: {
            subject: 'staff-drc-chief',
            departmentCode: 'DRC',
            scopeAll: true,
            validFrom: '2026-01-01',
            validTo: '2028-12-31',
            documentNumber: `DRC-AUTH-TEST-${round}`,
          },
        },
      );
      expect(again.errors).toBeUndefined();
      await hub.settle();
      // The lawful chief representative signs; the case completes.
      await passes(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
      expect((await readCase(hub, kase.id)).status).toBe('COMPLETED');
    }
    // Reported, not asserted: which door refused depends on timing.
    console.info(`sign-offs refused by the join: ${refusedByJoin} of ${rounds}`);
  }, 600_000);

  it('refuses a sign-off after the seal was revoked, seals again once renewed, and keeps older licences verifying', async () => {
    const earlier = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    await reviewed(taskOf(earlier, 'DRC').id, 'DRC');
    await passes(staff('DRC', 'chief'), 'DRC', 'SignTask', taskOf(earlier, 'DRC').id);
    const [before] = await deliveredLicences(earlier.id);
    const verifies = async (serial: string) =>
      (
        await hub.query(null, `query ($s: String!) { licence(serial: $s) { signatureValid } }`, {
          s: serial,
        })
      ).data.licence?.signatureValid ?? null;
    expect(await verifies(before.serial)).toBe(true);

    const later = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    const drc = taskOf(later, 'DRC');
    await reviewed(drc.id, 'DRC');
    const seals = await hub.query(
      'centerAdmin',
      `{ seals(departmentCode: "DRC", first: 50) { nodes { id status } } }`,
    );
    const active = seals.data.seals.nodes.find((seal: any) => seal.status === 'ACTIVE');
    const revoked = await hub.query(
      'centerAdmin',
      `mutation ($id: ID!) { revokeSeal(id: $id, reason: "Key compromised.") { id } }`,
      { id: active.id },
    );
    expect(revoked.errors).toBeUndefined();
    const signed = await send(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
    if (signed.errors) expect(errorCodes(signed)).toEqual(['SEAL_NOT_READY']);
    await hub.settle();
    expect((await readCase(hub, later.id)).status).toBe('IN_PROGRESS');
    expect(await deliveredLicences(later.id)).toEqual([]);
    agree(await truths(drc.id, 'DRC'));
    // Once the department knows, its seal never seals again.
    expect(errorCodes(await send(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id))).toEqual([
      'SEAL_NOT_READY',
    ]);
    expect(await verifies(before.serial)).toBe(true);

    // Only the department's chief representative renews its seal.
    expect(
      errorCodes(
        await hub.query(staff('DRC', 'reviewer') as never, `mutation { drcRenewSeal { id } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    const renewed = await hub.query(
      staff('DRC', 'chief') as never,
      `mutation { drcRenewSeal { id } }`,
    );
    expect(renewed.errors).toBeUndefined();
    await hub.settle();
    await passes(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
    expect((await readCase(hub, later.id)).status).toBe('COMPLETED');
    const [after] = await deliveredLicences(later.id);
    expect(await verifies(after.serial)).toBe(true);
    expect(await verifies(before.serial)).toBe(true);
  }, 600_000);
});

describe('decisions that race end in one truth', () => {
  it('agrees on every task after a rejection, a sign-off and a withdrawal race, in every round', async () => {
    const rounds = 5;
    for (let round = 0; round < rounds; round += 1) {
      const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
      const drc = taskOf(kase, 'DRC');
      const hcb = taskOf(kase, 'HCB');
      await reviewed(drc.id, 'DRC');
      await reviewed(hcb.id, 'HCB');
      const racers = [
        send(staff('HCB', 'reviewer'), 'HCB', 'RejectTask', hcb.id, ', reasons: ["Unsafe."]'),
        send(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id),
        hub.settle(),
      ];
      if (round % 2 === 1) {
        racers.push(
          hub.query(
            applicantOf(riverside),
            `mutation ($id: ID!) { withdrawCase(caseId: $id) { status } }`,
            { id: kase.id },
          ),
        );
      }
      await Promise.all(racers);
      await hub.settle();
      const after = await readCase(hub, kase.id);
      expect(['REJECTED', 'WITHDRAWN']).toContain(after.status);
      expect(await deliveredLicences(kase.id)).toEqual([]);
      // A sign-off the join took before the rejection stands as APPROVED (its licence is never
      // delivered: the case did not complete); one it had not taken yet is cancelled everywhere.
      const drcTruth = await truths(drc.id, 'DRC');
      agree(drcTruth);
      expect(['APPROVED', 'CANCELLED']).toContain(drcTruth.approvals);
      // The rejection stands unless the withdrawal came first.
      const hcbTruth = await truths(hcb.id, 'HCB');
      agree(hcbTruth);
      expect(['REJECTED', 'CANCELLED']).toContain(hcbTruth.approvals);
      if (after.status === 'REJECTED') expect(hcbTruth.approvals).toBe('REJECTED');
    }
  }, 600_000);

  it('agrees on every task after a withdrawal races the last sign-off, in every round', async () => {
    const rounds = 5;
    for (let round = 0; round < rounds; round += 1) {
      const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
      const drc = taskOf(kase, 'DRC');
      await reviewed(drc.id, 'DRC');
      await Promise.all([
        send(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id),
        hub.query(
          applicantOf(riverside),
          `mutation ($id: ID!) { withdrawCase(caseId: $id) { status } }`,
          { id: kase.id },
        ),
        hub.settle(),
      ]);
      await hub.settle();
      const after = await readCase(hub, kase.id);
      expect(['COMPLETED', 'WITHDRAWN']).toContain(after.status);
      const licences = await deliveredLicences(kase.id);
      expect(licences).toHaveLength(after.status === 'COMPLETED' ? 1 : 0);
      agree(await truths(drc.id, 'DRC'));
    }
  }, 600_000);
});
