import type { Identity } from '../../../services/kit';
import { Role } from '../../../services/kit';
import {
  applicantOf,
  applyAndSettle,
  eventsOf,
  readCase,
  riverside,
  startApprovalsHub,
  type ApprovalsHub,
} from './approvals-hub';

/** Staff the center's demo data registers, with permits and (chiefs) authorizations. */
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
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

async function act(caller: Identity, code: string, step: string, taskId: string, extra = '') {
  const field = `${code.toLowerCase()}${step}`;
  const response = await hub.query(
    caller,
    `mutation ($taskId: ID!) { ${field}(taskId: $taskId${extra}) { __typename } }`,
    { taskId },
  );
  expect(response.errors).toBeUndefined();
  await hub.settle();
}

it('completes a case the departments decide through their own mutations, every licence verifying', async () => {
  const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
  expect(kase.status).toBe('IN_PROGRESS');
  for (const task of kase.tasks) {
    const code = task.department.code;
    await act(staff(code, 'reviewer'), code, 'AcceptTask', task.id);
    await act(staff(code, 'reviewer'), code, 'ReviewTask', task.id, ', opinion: "Complies."');
  }
  let now = await readCase(hub, kase.id);
  expect(now.tasks.map((task: any) => task.status)).toEqual(['REVIEWED', 'REVIEWED']);
  for (const task of kase.tasks) {
    await act(staff(task.department.code, 'chief'), task.department.code, 'SignTask', task.id);
  }
  now = await readCase(hub, kase.id, applicantOf(riverside));
  expect(now.status).toBe('COMPLETED');
  expect(now.tasks.map((task: any) => task.status)).toEqual(['APPROVED', 'APPROVED']);
  for (const task of now.tasks) {
    expect(task.licence).toMatchObject({ signatureValid: true, deliveredAt: expect.any(String) });
  }
  const issued = (await eventsOf(hub, 'approvals.licence.issued')).filter(
    (event) => event.payload.caseId === kase.id,
  );
  expect(issued).toHaveLength(2);
}, 180_000);
