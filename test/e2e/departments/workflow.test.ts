import { verifyLicenceSignature } from '../../../services/kit/seal';
import { errorCodes } from '../../kit/graphql-client';
import type { TestHub } from '../../kit/hub';
import {
  accept,
  departmentEvents,
  openTask,
  readTask,
  review,
  sign,
  sql,
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

async function publicKeyOf(code: string): Promise<string> {
  const [event] = await sql(
    hub,
    `select payload from events.event where topic = 'department.seal.generated' and key = ?`,
    [code],
  );
  return event.payload.publicKey;
}

it('runs accept, review and sign as the demo DRC staff, sealing a licence that verifies', async () => {
  const { taskId, caseId } = await openTask(hub, 'DRC');
  expect((await readTask(hub, 'DRC', taskId)).status).toBe('OPEN');

  const accepted = await accept(hub, 'windowClerk', 'DRC', taskId);
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data.review).toMatchObject({ status: 'ACCEPTED', acceptedBy: 'staff-drc-clerk' });

  const reviewed = await review(hub, 'departmentReviewer', 'DRC', taskId, 'Fits the plan.');
  expect(reviewed.errors).toBeUndefined();
  expect(reviewed.data.review).toMatchObject({
    status: 'REVIEWED',
    reviewedBy: 'staff-drc-reviewer',
    opinion: 'Fits the plan.',
  });

  const signed = await sign(hub, 'chiefRepresentative', 'DRC', taskId);
  expect(signed.errors).toBeUndefined();
  const result = signed.data.review;
  expect(result).toMatchObject({ status: 'APPROVED', decidedBy: 'staff-drc-chief' });
  expect(result.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
    'OPENED',
    'ACCEPTED',
    'REVIEWED',
    'APPROVED',
  ]);

  const { licence } = result;
  expect(licence.serial).toMatch(/^DRC-2026-(?:[0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(licence).toMatchObject({
    itemCode: 'DRC-001',
    itemVersion: 1,
    materialTypeCode: 'INVESTMENT_PROJECT_APPROVAL',
  });
  const content = JSON.parse(licence.content);
  expect(content).toMatchObject({
    serial: licence.serial,
    caseId,
    taskId,
    signedBy: 'staff-drc-chief',
  });
  const publicKey = await publicKeyOf('DRC');
  expect(verifyLicenceSignature(content, licence.signature, publicKey)).toBe(true);
  expect(
    verifyLicenceSignature(
      { ...content, applicantId: 'someone else' },
      licence.signature,
      publicKey,
    ),
  ).toBe(false);

  const events = await departmentEvents(hub, taskId);
  expect(events.map((event) => event.topic)).toEqual([
    'department.task.accepted',
    'department.task.reviewed',
    'department.task.approved',
  ]);
  expect(events.every((event) => event.producer === 'department_drc')).toBe(true);
  expect(events[0].payload).toEqual({
    caseId,
    taskId,
    departmentCode: 'DRC',
    by: 'staff-drc-clerk',
    at: expect.any(String),
  });
  expect(events[1].payload).toMatchObject({ by: 'staff-drc-reviewer', opinion: 'Fits the plan.' });
  const approved = events[2].payload;
  expect(approved).toMatchObject({ caseId, taskId, departmentCode: 'DRC', by: 'staff-drc-chief' });
  expect(approved.licences).toHaveLength(1);
  expect(approved.licences[0]).toMatchObject({
    serial: licence.serial,
    contentSha256: licence.contentSha256,
    signature: licence.signature,
    sealKeyId: licence.sealKeyId,
  });
  expect(
    verifyLicenceSignature(approved.licences[0].content, approved.licences[0].signature, publicKey),
  ).toBe(true);
});

it('seals the department fields a reviewer recorded into the licence', async () => {
  const { taskId } = await openTask(hub, 'EEB');
  const reviewer = staff('EEB', 'reviewer');
  expect((await accept(hub, staff('EEB', 'clerk'), 'EEB', taskId)).errors).toBeUndefined();
  const recorded = await hub.query(
    reviewer,
    `mutation ($taskId: ID!) {
      eebRecordAssessment(taskId: $taskId,
        assessment: { impactCategory: REPORT_FORM, conclusion: "Acceptable with noise barriers." }) {
        impactCategory conclusion recordedBy
      }
    }`,
    { taskId },
  );
  expect(recorded.errors).toBeUndefined();
  expect(recorded.data.eebRecordAssessment.recordedBy).toBe('staff-eeb-reviewer');
  expect((await review(hub, reviewer, 'EEB', taskId)).errors).toBeUndefined();
  const signed = await sign(hub, staff('EEB', 'chief'), 'EEB', taskId);
  expect(signed.errors).toBeUndefined();
  const content = JSON.parse(signed.data.review.licence.content);
  expect(content.details).toEqual({
    impactCategory: 'REPORT_FORM',
    conclusion: 'Acceptable with noise barriers.',
  });
  expect(
    verifyLicenceSignature(content, signed.data.review.licence.signature, await publicKeyOf('EEB')),
  ).toBe(true);

  const read = await hub.query(
    'coordinator',
    `query ($id: ID!) { eebTask(id: $id) { assessment { impactCategory } } }`,
    { id: taskId },
  );
  expect(read.data.eebTask.assessment.impactCategory).toBe('REPORT_FORM');
});

it('refuses a department field from anyone but a reviewer of that department', async () => {
  const { taskId } = await openTask(hub, 'HCB');
  const input = `scale: { floorArea: "43200.00", storeys: 6, structureType: FRAME }`;
  const as = (caller: Parameters<TestHub['query']>[0]) =>
    hub.query(
      caller,
      `mutation ($taskId: ID!) { hcbRecordConstructionScale(taskId: $taskId, ${input}) { storeys } }`,
      { taskId },
    );
  expect(errorCodes(await as(staff('NRP', 'reviewer')))).toEqual(['NOT_OWN_DEPARTMENT']);
  expect(errorCodes(await as(staff('HCB', 'clerk')))).toEqual(['FORBIDDEN']);
  expect((await as(staff('HCB', 'reviewer'))).data.hcbRecordConstructionScale.storeys).toBe(6);
});
