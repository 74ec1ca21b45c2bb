import { Role, staffTopics, type Identity } from '../../../services/kit';
import { errorCodes, type GraphQLResponse } from '../../kit/graphql-client';
import type { TestHub } from '../../kit/hub';
import {
  accept,
  openTask,
  publish,
  readTask,
  registerStaff,
  reject,
  review,
  sign,
  snapshot,
  staff,
  startDepartmentHub,
} from './department-hub';

let hub: TestHub;

// Six subgraphs to migrate and seed: slower than one test when the machine is busy.
beforeAll(async () => {
  hub = await startDepartmentHub();
  await hub.settle();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

const person = (subject: string, role: Role, departmentCode = 'DRC'): Identity => ({
  subject,
  name: subject,
  roles: [role],
  departmentCode,
  applicantId: null,
});

const validPermit = { issuedOn: '2026-01-01', expiresOn: '2028-12-31' };

/** Runs a refused step and checks its code and that nothing changed, events included. */
async function refused(code: string, expected: string, attempt: () => Promise<GraphQLResponse>) {
  const before = await snapshot(hub, code);
  const response = await attempt();
  expect(errorCodes(response)).toEqual([expected]);
  expect(response.data?.review ?? null).toBeNull();
  await hub.settle();
  expect(await snapshot(hub, code)).toEqual(before);
}

async function reviewedTask(code = 'DRC', itemCode?: string) {
  const { taskId } = await openTask(hub, code, { itemCode });
  expect((await accept(hub, staff(code, 'clerk'), code, taskId)).errors).toBeUndefined();
  expect((await review(hub, staff(code, 'reviewer'), code, taskId)).errors).toBeUndefined();
  return taskId;
}

it('refuses a step to a role that does not take it', async () => {
  const { taskId } = await openTask(hub, 'DRC');
  await refused('DRC', 'FORBIDDEN', () => review(hub, 'windowClerk', 'DRC', taskId));
  await refused('DRC', 'FORBIDDEN', () => accept(hub, 'chiefRepresentative', 'DRC', taskId));
  const reviewed = await reviewedTask();
  await refused('DRC', 'FORBIDDEN', () => sign(hub, 'departmentReviewer', 'DRC', reviewed));
  await refused('DRC', 'FORBIDDEN', () => sign(hub, 'coordinator', 'DRC', reviewed));
});

it("refuses another department's staff, however senior", async () => {
  const taskId = await reviewedTask();
  await refused('DRC', 'NOT_OWN_DEPARTMENT', () =>
    accept(hub, staff('NRP', 'clerk'), 'DRC', taskId),
  );
  await refused('DRC', 'NOT_OWN_DEPARTMENT', () => sign(hub, staff('NRP', 'chief'), 'DRC', taskId));
  await refused('DRC', 'NOT_OWN_DEPARTMENT', () =>
    reject(hub, staff('HCB', 'reviewer'), 'DRC', taskId, ['Not ours to say.']),
  );
});

it('refuses a person the center never registered for the role', async () => {
  const { taskId } = await openTask(hub, 'DRC');
  const stranger = person('staff-drc-unregistered', Role.WINDOW_CLERK);
  await refused('DRC', 'NOT_REGISTERED_STAFF', () => accept(hub, stranger, 'DRC', taskId));
});

it('refuses staff whose work permit expired or was revoked', async () => {
  const { taskId } = await openTask(hub, 'DRC');
  const lapsed = person('staff-drc-clerk-lapsed', Role.WINDOW_CLERK);
  await registerStaff(hub, lapsed, { issuedOn: '2024-01-01', expiresOn: '2025-12-31' });
  await refused('DRC', 'PERMIT_INVALID', () => accept(hub, lapsed, 'DRC', taskId));

  const revoked = person('staff-drc-clerk-revoked', Role.WINDOW_CLERK);
  const { permitNumber } = await registerStaff(hub, revoked, validPermit);
  await publish(hub, {
    topic: staffTopics.permitRevoked,
    key: revoked.subject!,
    payload: {
      number: permitNumber,
      subject: revoked.subject!,
      revokedAt: new Date(Date.now() - 60_000).toISOString(),
      reason: 'Left the window.',
    },
  });
  await refused('DRC', 'PERMIT_INVALID', () => accept(hub, revoked, 'DRC', taskId));

  expect((await accept(hub, 'windowClerk', 'DRC', taskId)).errors).toBeUndefined();
});

it('lets only the authorized chief representative sign, within scope and dates', async () => {
  const taskId = await reviewedTask('DRC', 'DRC-007');

  const deputy = person('staff-drc-chief-deputy', Role.CHIEF_REPRESENTATIVE);
  await registerStaff(hub, deputy, validPermit);
  await refused('DRC', 'NOT_AUTHORIZED_REPRESENTATIVE', () => sign(hub, deputy, 'DRC', taskId));

  const narrow = person('staff-drc-chief-narrow', Role.CHIEF_REPRESENTATIVE);
  await registerStaff(hub, narrow, validPermit, {
    itemCodes: ['DRC-001'],
    validFrom: '2026-01-01',
    validTo: '2028-12-31',
  });
  await refused('DRC', 'NOT_AUTHORIZED_REPRESENTATIVE', () => sign(hub, narrow, 'DRC', taskId));

  const former = person('staff-drc-chief-former', Role.CHIEF_REPRESENTATIVE);
  await registerStaff(hub, former, validPermit, {
    itemCodes: 'ALL',
    validFrom: '2024-01-01',
    validTo: '2025-12-31',
  });
  await refused('DRC', 'NOT_AUTHORIZED_REPRESENTATIVE', () => sign(hub, former, 'DRC', taskId));

  const withdrawn = person('staff-drc-chief-withdrawn', Role.CHIEF_REPRESENTATIVE);
  const { authorizationId } = await registerStaff(hub, withdrawn, validPermit, {
    itemCodes: 'ALL',
    validFrom: '2026-01-01',
    validTo: '2028-12-31',
  });
  await publish(hub, {
    topic: staffTopics.representativeRevoked,
    key: withdrawn.subject!,
    payload: {
      id: authorizationId!,
      subject: withdrawn.subject!,
      departmentCode: 'DRC',
      revokedAt: new Date(Date.now() - 60_000).toISOString(),
      reason: 'Authorization withdrawn.',
    },
  });
  await refused('DRC', 'NOT_AUTHORIZED_REPRESENTATIVE', () => sign(hub, withdrawn, 'DRC', taskId));

  expect((await sign(hub, 'chiefRepresentative', 'DRC', taskId)).errors).toBeUndefined();
});

it('refuses steps out of order: sign before review, review before accept', async () => {
  const { taskId } = await openTask(hub, 'DRC');
  await refused('DRC', 'STEP_OUT_OF_ORDER', () => sign(hub, 'chiefRepresentative', 'DRC', taskId));
  await refused('DRC', 'STEP_OUT_OF_ORDER', () => review(hub, 'departmentReviewer', 'DRC', taskId));
  expect((await accept(hub, 'windowClerk', 'DRC', taskId)).errors).toBeUndefined();
  await refused('DRC', 'STEP_OUT_OF_ORDER', () => sign(hub, 'chiefRepresentative', 'DRC', taskId));
  // The clerk's own accept again would be a retry (retry.test.ts); the reviewer's is a new step.
  await refused('DRC', 'STEP_OUT_OF_ORDER', () => accept(hub, 'departmentReviewer', 'DRC', taskId));
});

it('refuses every step after the decision with CONFLICT', async () => {
  const taskId = await reviewedTask();
  expect((await sign(hub, 'chiefRepresentative', 'DRC', taskId)).errors).toBeUndefined();
  await refused('DRC', 'CONFLICT', () => accept(hub, 'windowClerk', 'DRC', taskId));
  await refused('DRC', 'CONFLICT', () =>
    reject(hub, 'departmentReviewer', 'DRC', taskId, ['Too late.']),
  );
  expect((await readTask(hub, 'DRC', taskId)).status).toBe('APPROVED');
});

it('refuses a rejection without reasons, or with a blank one', async () => {
  const taskId = await reviewedTask();
  await refused('DRC', 'REASONS_REQUIRED', () =>
    reject(hub, 'departmentReviewer', 'DRC', taskId, []),
  );
  await refused('DRC', 'REASONS_REQUIRED', () =>
    reject(hub, 'departmentReviewer', 'DRC', taskId, ['Site too small.', '  ']),
  );
  const rejected = await reject(hub, 'departmentReviewer', 'DRC', taskId, ['Site too small.']);
  expect(rejected.errors).toBeUndefined();
  expect(rejected.data.review).toMatchObject({
    status: 'REJECTED',
    decidedBy: 'staff-drc-reviewer',
    rejectionReasons: ['Site too small.'],
  });
});

it('refuses an unknown task with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
  await refused('DRC', 'NOT_FOUND', () =>
    accept(hub, 'windowClerk', 'DRC', '00000000-0000-4000-8000-000000000000'),
  );
  await refused('DRC', 'BAD_USER_INPUT', () => accept(hub, 'windowClerk', 'DRC', 'not-a-task'));
});

it("keeps each department's task list to its own staff and the service center", async () => {
  const query = '{ drcTasks(first: 5) { totalCount } }';
  expect(errorCodes(await hub.query(staff('NRP', 'reviewer'), query))).toEqual([
    'NOT_OWN_DEPARTMENT',
  ]);
  expect(errorCodes(await hub.query('applicant', query))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await hub.query(null, query))).toEqual(['UNAUTHENTICATED']);
  expect((await hub.query('departmentReviewer', query)).data.drcTasks.totalCount).toBeGreaterThan(
    0,
  );
  expect((await hub.query('supervisor', query)).data.drcTasks.totalCount).toBeGreaterThan(0);
});
