import { errorCodes } from '../../kit/graphql-client';
import type { TestHub } from '../../kit/hub';
import {
  accept,
  departmentEvents,
  openTask,
  readTask,
  reject,
  review,
  sign,
  snapshot,
  sql,
  staff,
  startDepartmentHub,
  step,
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

const [clerk, reviewer, chief] = [
  staff('NRP', 'clerk'),
  staff('NRP', 'reviewer'),
  staff('NRP', 'chief'),
];

const minutes = 'The planning committee agrees to the plot ratio of 1.8.';
const recordMeeting = (taskId: string, said = minutes) =>
  step(hub, reviewer, 'NRP', 'RecordMeeting', taskId, {
    declare: ', $heldOn: Date!, $minutes: String!',
    pass: ', heldOn: $heldOn, minutes: $minutes',
    values: { heldOn: '2026-11-20', minutes: said },
  });
const requestSupplement = (taskId: string, reason = 'Stair widths are missing.') =>
  step(hub, reviewer, 'NRP', 'RequestSupplement', taskId, {
    declare: ', $requests: [DepartmentSupplementRequestInput!]!',
    pass: ', requests: $requests',
    values: { requests: [{ materialTypeCode: 'FIRE_SAFETY_DESIGN', reason }] },
  });

/**
 * Sends a step, then the same request again as a client that lost the first answer would, and
 * checks the retry answers what the first did while nothing was done twice.
 */
async function retried(run: () => Promise<any>) {
  const first = await run();
  expect(first.errors).toBeUndefined();
  await hub.settle();
  const before = await snapshot(hub, 'NRP');
  const again = await run();
  expect(again.errors).toBeUndefined();
  expect(again.data.review).toEqual(first.data.review);
  await hub.settle();
  expect(await snapshot(hub, 'NRP')).toEqual(before);
  return first.data.review;
}

it('answers a retried step with what the step did, and does it once', async () => {
  const { taskId } = await openTask(hub, 'NRP', { meetingBeforeSign: true });
  await retried(() => accept(hub, clerk, 'NRP', taskId));
  await retried(() => review(hub, reviewer, 'NRP', taskId));
  await retried(() => recordMeeting(taskId));
  const signed = await retried(() => sign(hub, chief, 'NRP', taskId));
  expect(signed.status).toBe('APPROVED');
  expect(signed.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
    'OPENED',
    'ACCEPTED',
    'REVIEWED',
    'MEETING_RECORDED',
    'APPROVED',
  ]);
  expect((await departmentEvents(hub, taskId)).map((event) => event.topic)).toEqual([
    'department.task.accepted',
    'department.task.reviewed',
    'department.task.meeting-recorded',
    'department.task.approved',
  ]);
});

it('answers a retried supplement request and rejection the same way', async () => {
  const supplemented = await openTask(hub, 'NRP');
  await retried(() => accept(hub, reviewer, 'NRP', supplemented.taskId));
  const requested = await retried(() => requestSupplement(supplemented.taskId));
  expect(requested.status).toBe('SUPPLEMENT_REQUESTED');

  const rejected = await openTask(hub, 'NRP');
  await retried(() => accept(hub, reviewer, 'NRP', rejected.taskId));
  const reasons = ['Plot ratio above 2.0.', 'No fire lane.'];
  const decided = await retried(() => reject(hub, reviewer, 'NRP', rejected.taskId, reasons));
  expect(decided).toMatchObject({ status: 'REJECTED', rejectionReasons: reasons });
});

it('still refuses the step from someone else, or saying something else', async () => {
  const { taskId } = await openTask(hub, 'NRP');
  expect((await accept(hub, clerk, 'NRP', taskId)).errors).toBeUndefined();
  expect(errorCodes(await accept(hub, reviewer, 'NRP', taskId))).toEqual(['STEP_OUT_OF_ORDER']);
  expect((await review(hub, reviewer, 'NRP', taskId, 'Complies.')).errors).toBeUndefined();
  expect(errorCodes(await review(hub, reviewer, 'NRP', taskId, 'Does not comply.'))).toEqual([
    'STEP_OUT_OF_ORDER',
  ]);
  expect((await requestSupplement(taskId)).errors).toBeUndefined();
  expect(errorCodes(await requestSupplement(taskId, 'Another reason.'))).toEqual([
    'STEP_OUT_OF_ORDER',
  ]);
  expect((await readTask(hub, 'NRP', taskId)).supplementRequests).toEqual([
    { materialTypeCode: 'FIRE_SAFETY_DESIGN', reason: 'Stair widths are missing.' },
  ]);

  const meeting = await openTask(hub, 'NRP', { meetingBeforeSign: true });
  expect((await accept(hub, reviewer, 'NRP', meeting.taskId)).errors).toBeUndefined();
  expect((await review(hub, reviewer, 'NRP', meeting.taskId)).errors).toBeUndefined();
  expect((await recordMeeting(meeting.taskId)).errors).toBeUndefined();
  expect(errorCodes(await recordMeeting(meeting.taskId, 'Other minutes.'))).toEqual(['CONFLICT']);
});

it('answers simultaneous copies of one sign-off alike, with one licence', async () => {
  const { taskId } = await openTask(hub, 'NRP');
  expect((await accept(hub, clerk, 'NRP', taskId)).errors).toBeUndefined();
  expect((await review(hub, reviewer, 'NRP', taskId)).errors).toBeUndefined();
  const copies = await Promise.all([1, 2, 3, 4].map(() => sign(hub, chief, 'NRP', taskId)));
  for (const copy of copies) expect(copy.errors).toBeUndefined();
  const serials = new Set(copies.map((copy) => copy.data.review.licence.serial));
  expect(serials.size).toBe(1);
  expect(
    await sql(hub, 'select serial from department_nrp.department_licence where task_id = ?', [
      taskId,
    ]),
  ).toEqual([{ serial: [...serials][0] }]);
  const approved = (await departmentEvents(hub, taskId)).filter(
    (event) => event.topic === 'department.task.approved',
  );
  expect(approved).toHaveLength(1);
});
