import { errorCodes } from '../../kit/graphql-client';
import type { TestHub } from '../../kit/hub';
import {
  accept,
  applicantId,
  openTask,
  publish,
  snapshot,
  staff,
  startDepartmentHub,
  step,
} from './department-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startDepartmentHub();
  await hub.settle();
}, 600_000);

afterAll(async () => {
  await hub?.stop();
});

const requestSupplement = (taskId: string, materialTypeCode: string) =>
  step(hub, staff('HCB', 'reviewer'), 'HCB', 'RequestSupplement', taskId, {
    declare: ', $requests: [DepartmentSupplementRequestInput!]!',
    pass: ', requests: $requests',
    values: { requests: [{ materialTypeCode, reason: 'Needed again.' }] },
  });

// Point 4 of the reform issue: supplement requests are validated.
it('asks only for what the items need, never for what another department verified', async () => {
  const { taskId } = await openTask(hub, 'HCB');
  expect((await accept(hub, staff('HCB', 'reviewer'), 'HCB', taskId)).errors).toBeUndefined();
  // AMR, the business licence's lead department, verified it once for all.
  await publish(hub, {
    topic: 'materials.material.reviewed',
    key: 'material-business-licence',
    payload: {
      materialId: 'material-business-licence',
      applicantId,
      materialTypeCode: 'BUSINESS_LICENCE',
      departmentCode: 'AMR',
      decision: 'VERIFIED',
      problems: [],
      validUntil: null,
      at: new Date().toISOString(),
    },
  });
  await hub.settle();
  const before = await snapshot(hub, 'HCB');
  expect(errorCodes(await requestSupplement(taskId, 'SITE_PLAN'))).toEqual([
    'SUPPLEMENT_NOT_NEEDED',
  ]);
  expect(errorCodes(await requestSupplement(taskId, 'NO_SUCH_TYPE'))).toEqual([
    'SUPPLEMENT_NOT_NEEDED',
  ]);
  expect(errorCodes(await requestSupplement(taskId, 'BUSINESS_LICENCE'))).toEqual([
    'MATERIAL_ALREADY_VERIFIED',
  ]);
  expect(await snapshot(hub, 'HCB')).toEqual(before);

  const asked = await requestSupplement(taskId, 'FIRE_SAFETY_DESIGN');
  expect(asked.errors).toBeUndefined();
  expect(asked.data.review.status).toBe('SUPPLEMENT_REQUESTED');
});
