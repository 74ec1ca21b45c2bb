import type { Identity, NewEvent } from '../../../services/kit';
import { gatewayProofHeaders } from '../../kit/gateway-proof';
import { verifyLicenceSignature } from '../../../services/kit/seal';
import { demoPeople } from '../../../services/demo-people';
import { errorCodes, postGraphQL } from '../../kit/graphql-client';
import type { TestHub } from '../../kit/hub';
import {
  accept,
  departmentEvents,
  openTask,
  publish,
  readTask,
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

const recordMeeting = (caller: Identity, taskId: string, heldOn: string) =>
  step(hub, caller, 'NRP', 'RecordMeeting', taskId, {
    declare: ', $heldOn: Date!, $minutes: String!',
    pass: ', heldOn: $heldOn, minutes: $minutes',
    values: { heldOn, minutes: 'The planning committee agrees to the plot ratio of 1.8.' },
  });

it('needs the meeting an item asks for before the sign-off', async () => {
  const { taskId } = await openTask(hub, 'NRP', { meetingBeforeSign: true });
  const [reviewer, chief] = [staff('NRP', 'reviewer'), staff('NRP', 'chief')];
  expect((await accept(hub, reviewer, 'NRP', taskId)).errors).toBeUndefined();
  expect((await review(hub, reviewer, 'NRP', taskId)).errors).toBeUndefined();

  const before = await snapshot(hub, 'NRP');
  expect(errorCodes(await sign(hub, chief, 'NRP', taskId))).toEqual(['MEETING_REQUIRED']);
  expect(errorCodes(await recordMeeting(reviewer, taskId, '2099-01-01'))).toEqual([
    'BAD_USER_INPUT',
  ]);
  expect(await snapshot(hub, 'NRP')).toEqual(before);

  const recorded = await recordMeeting(reviewer, taskId, '2026-11-20');
  expect(recorded.errors).toBeUndefined();
  expect(recorded.data.review.meeting).toEqual({
    heldOn: '2026-11-20',
    minutes: 'The planning committee agrees to the plot ratio of 1.8.',
  });
  const signed = await sign(hub, chief, 'NRP', taskId);
  expect(signed.errors).toBeUndefined();
  expect(signed.data.review.licence.serial).toMatch(
    /^NRP-2026-(?:[0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/,
  );

  const events = await departmentEvents(hub, taskId);
  expect(events.map((event) => event.topic)).toEqual([
    'department.task.accepted',
    'department.task.reviewed',
    'department.task.meeting-recorded',
    'department.task.approved',
  ]);
  expect(events[2].payload).toMatchObject({
    by: 'staff-nrp-reviewer',
    heldOn: '2026-11-20',
    minutes: 'The planning committee agrees to the plot ratio of 1.8.',
  });
});

it('pauses the clock for a supplement and resumes when the applicant supplies it', async () => {
  const { taskId, caseId } = await openTask(hub, 'HCB');
  const reviewer = staff('HCB', 'reviewer');
  expect((await accept(hub, reviewer, 'HCB', taskId)).errors).toBeUndefined();
  const requested = await step(hub, reviewer, 'HCB', 'RequestSupplement', taskId, {
    declare: ', $requests: [DepartmentSupplementRequestInput!]!',
    pass: ', requests: $requests',
    values: {
      requests: [{ materialTypeCode: 'FIRE_SAFETY_DESIGN', reason: 'Stair widths are missing.' }],
    },
  });
  expect(requested.errors).toBeUndefined();
  expect(requested.data.review).toMatchObject({
    status: 'SUPPLEMENT_REQUESTED',
    pausedSince: expect.any(String),
    supplementRequests: [
      { materialTypeCode: 'FIRE_SAFETY_DESIGN', reason: 'Stair widths are missing.' },
    ],
  });
  expect(errorCodes(await review(hub, reviewer, 'HCB', taskId))).toEqual(['STEP_OUT_OF_ORDER']);

  const supplied: NewEvent<'approvals.supplement.supplied'> = {
    topic: 'approvals.supplement.supplied',
    key: taskId,
    payload: {
      caseId,
      taskId,
      departmentCode: 'HCB',
      materialTypeCodes: ['FIRE_SAFETY_DESIGN'],
      by: 'demo-applicant',
      at: new Date().toISOString(),
    },
  };
  await publish(hub, supplied);
  await publish(hub, supplied);
  const resumed = await readTask(hub, 'HCB', taskId);
  expect(resumed).toMatchObject({ status: 'ACCEPTED', pausedSince: null, pausedWorkingDays: 0 });
  expect(resumed.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
    'OPENED',
    'ACCEPTED',
    'SUPPLEMENT_REQUESTED',
    'RESUMED',
  ]);
  const events = await departmentEvents(hub, taskId);
  expect(events.map((event) => event.topic)).toEqual([
    'department.task.accepted',
    'department.task.supplement-requested',
    'department.task.resumed',
  ]);
  expect(events[1].payload).toMatchObject({
    by: 'staff-hcb-reviewer',
    requests: [{ materialTypeCode: 'FIRE_SAFETY_DESIGN', reason: 'Stair widths are missing.' }],
  });
  expect(events[2].payload).toEqual({
    caseId,
    taskId,
    departmentCode: 'HCB',
    at: supplied.payload.at,
  });
  expect((await review(hub, reviewer, 'HCB', taskId)).errors).toBeUndefined();
});

it('ends a task the case no longer needs, voiding a sign-off the joint approval never took', async () => {
  const open = await openTask(hub, 'AMR');
  const decided = await openTask(hub, 'AMR');
  const [clerk, reviewer, chief] = [
    staff('AMR', 'clerk'),
    staff('AMR', 'reviewer'),
    staff('AMR', 'chief'),
  ];
  expect((await accept(hub, clerk, 'AMR', decided.taskId)).errors).toBeUndefined();
  expect((await review(hub, reviewer, 'AMR', decided.taskId)).errors).toBeUndefined();
  expect((await sign(hub, chief, 'AMR', decided.taskId)).errors).toBeUndefined();

  for (const task of [open, decided]) {
    await publish(hub, {
      topic: 'approvals.task.cancelled',
      key: task.taskId,
      payload: {
        ...task,
        departmentCode: 'AMR',
        reason: 'CASE_WITHDRAWN',
        at: new Date().toISOString(),
      },
    });
  }
  expect(await readTask(hub, 'AMR', open.taskId)).toMatchObject({ status: 'CANCELLED' });
  // Approvals cancels only tasks it has not taken a decision from: this sign-off came too late.
  expect(await readTask(hub, 'AMR', decided.taskId)).toMatchObject({
    status: 'CANCELLED',
    licence: null,
  });
  const licences = await sql(
    hub,
    'select void_reason from department_amr.department_licence where task_id = ?',
    [decided.taskId],
  );
  expect(licences).toEqual([{ void_reason: 'CASE_WITHDRAWN' }]);
  expect(errorCodes(await accept(hub, clerk, 'AMR', open.taskId))).toEqual(['CONFLICT']);
  expect(errorCodes(await sign(hub, chief, 'AMR', decided.taskId))).toEqual(['CONFLICT']);
});

it("resolves Task.<code>Review for the gateway, to the case's applicant and staff only", async () => {
  const { taskId } = await openTask(hub, 'DRC');
  const url = hub.subgraph('department_drc').url;
  const query = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Task { id drcReview { id status } } }
  }`;
  const entities = async (identity: Identity) =>
    postGraphQL(
      url,
      { query, variables: { representations: [{ __typename: 'Task', id: taskId }] } },
      await gatewayProofHeaders(identity, 'department_drc', query),
    );
  const asApplicant = await entities(demoPeople.applicant);
  expect(asApplicant.errors).toBeUndefined();
  expect(asApplicant.data._entities).toEqual([
    { id: taskId, drcReview: { id: taskId, status: 'OPEN' } },
  ]);
  expect((await entities(staff('EEB', 'reviewer'))).data._entities[0].drcReview.status).toBe(
    'OPEN',
  );
  const stranger = {
    ...demoPeople.applicant,
    subject: 'someone',
    applicantId: 'another-applicant',
  };
  expect(errorCodes(await entities(stranger))).toEqual(['FORBIDDEN']);
});

it('publishes its seal once and verifies every licence against it', async () => {
  const keys = await hub.query(null, '{ drcSealKey { id algorithm publicKey } }');
  expect(keys.data.drcSealKey.algorithm).toBe('Ed25519');
  const events = await sql<{ key: string; payload: any }>(
    hub,
    `select key, payload from events.event where topic = 'department.seal.generated'`,
  );
  expect(events.map((event) => event.key).sort()).toEqual(['AMR', 'DRC', 'EEB', 'HCB', 'NRP']);
  const drc = events.find((event) => event.key === 'DRC')!.payload;
  expect(drc).toEqual({
    departmentCode: 'DRC',
    keyId: keys.data.drcSealKey.id,
    algorithm: 'Ed25519',
    publicKey: keys.data.drcSealKey.publicKey,
    at: expect.any(String),
  });
  const { taskId } = await openTask(hub, 'DRC');
  await accept(hub, 'windowClerk', 'DRC', taskId);
  await review(hub, 'departmentReviewer', 'DRC', taskId);
  const { licence } = (await sign(hub, 'chiefRepresentative', 'DRC', taskId)).data.review;
  expect(licence.sealKeyId).toBe(drc.keyId);
  expect(
    verifyLicenceSignature(JSON.parse(licence.content), licence.signature, drc.publicKey),
  ).toBe(true);
  const stored = await sql(hub, `select private_key_sealed from department_drc.seal_key`);
  expect(stored).toHaveLength(1);
  expect(stored[0].private_key_sealed).not.toMatch(/PRIVATE KEY/);
});
