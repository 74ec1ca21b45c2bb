import { dossierQuery } from '../../../operations/dossier';
import { sqlStatements } from '../../../services/kit';
import {
  applyAndSettle,
  approveTask,
  generateSeal,
  riverside,
  startApprovalsHub,
  verifiedMaterial,
  type ApprovalsHub,
} from './approvals-hub';

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
  // Every material verified, so no case waits on a commitment.
  await verifiedMaterial(hub, riverside, 'ENVIRONMENTAL_IMPACT_REPORT', 'EEB');
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

async function completedCase(bundle: string) {
  const kase = await applyAndSettle(hub, 'BUNDLE', bundle);
  for (const task of kase.tasks) {
    const seal = await generateSeal(hub, task.department.code);
    await approveTask(hub, task, kase.id, seal, '2026-12-01T03:00:00Z');
  }
  return kase.id;
}

async function costOfDossier(id: string) {
  await hub.settle();
  let data: any;
  const statements = await sqlStatements.during(async () => {
    const response = await hub.query('coordinator', dossierQuery, { id });
    expect(response.errors).toBeUndefined();
    data = response.data.case;
  });
  return { statements, data };
}

it('costs the same SQL statements for a case of 2 tasks as for one of 5', async () => {
  const two = await costOfDossier(await completedCase('TST-PAIR'));
  const five = await costOfDossier(await completedCase('TST-ALL'));
  expect(two.data.status).toBe('COMPLETED');
  expect(five.data.status).toBe('COMPLETED');
  expect(two.data.tasks).toHaveLength(2);
  expect(five.data.tasks).toHaveLength(5);
  for (const { data } of [two, five]) {
    expect(data.applicant.name).toBe('Riverside Logistics Co., Ltd.');
    for (const task of data.tasks) {
      expect(task.department.name).toBeTruthy();
      expect(task.licence.signatureValid).toBe(true);
      expect(task.licence.department.name).toBe(task.department.name);
      expect(task.timeline.map((entry: any) => entry.kind)).toEqual([
        'TASK_OPENED',
        'TASK_ACCEPTED',
        'TASK_REVIEWED',
        'TASK_APPROVED',
        'LICENCE_ISSUED',
      ]);
    }
  }
  expect(five.statements).toBe(two.statements);
  console.log(`dossier: ${two.statements} SQL statements for 2 tasks, ${five.statements} for 5`);
}, 300_000);
