import { Role, type Identity } from '../../../services/kit';
import { verifyLicenceSignature } from '../../../services/kit/seal';
import { errorCodes } from '../../kit/graphql-client';
import {
  applicantOf,
  applyAndSettle,
  eventsOf,
  publishAs,
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

const publishItem = (code: string, departmentCode: string, steps: string[]) =>
  publishAs(hub, 'center', 'center.item.published', code, {
    code,
    version: 1,
    name: `Test item ${code}`,
    kind: 'LICENCE',
    departmentCode,
    sectionCode: `${departmentCode}-S1`,
    legalBasis: 'Test basis',
    statutoryLimitDays: 10,
    promisedLimitDays: 5,
    steps: steps.map((kind) => ({ kind, name: kind.toLowerCase() })),
    joint: false,
    meetingBeforeSign: false,
    materials: [
      { materialTypeCode: 'PROJECT_PROPOSAL', core: true, mayBeMissingAtAcceptance: false },
    ],
    fees: [],
    publishedAt: new Date().toISOString(),
  });

beforeAll(async () => {
  hub = await startApprovalsHub();
  await publishItem('TST-DRC-QUICK', 'DRC', ['ACCEPT', 'SIGN']);
  await publishItem('TST-DRC-2', 'DRC', ['ACCEPT', 'REVIEW', 'SIGN']);
  await publishAs(hub, 'center', 'center.bundle.published', 'TST-TWO', {
    code: 'TST-TWO',
    version: 1,
    name: 'Test bundle with two items of one department',
    timeLimitDays: 10,
    items: [
      { code: 'TST-DRC-1', version: 1, departmentCode: 'DRC' },
      { code: 'TST-DRC-2', version: 1, departmentCode: 'DRC' },
      { code: 'TST-HCB-1', version: 1, departmentCode: 'HCB' },
    ],
    departmentCodes: [],
    prerequisites: [],
  });
}, 420_000);

afterAll(async () => {
  await hub?.stop();
});

/** Runs `<code><step>` on a task and lets every consumer take what it published. */
async function act(caller: Identity, code: string, step: string, taskId: string, extra = '') {
  const response = await hub.query(
    caller,
    `mutation ($taskId: ID!) { ${code.toLowerCase()}${step}(taskId: $taskId${extra}) { status } }`,
    { taskId },
  );
  await hub.settle();
  return response;
}

async function passes(caller: Identity, code: string, step: string, taskId: string, extra = '') {
  const response = await act(caller, code, step, taskId, extra);
  expect(response.errors).toBeUndefined();
}

const taskOf = (kase: any, code: string) =>
  kase.tasks.find((task: any) => task.department.code === code);

async function reviewed(taskId: string, code = 'DRC') {
  await passes(staff(code, 'reviewer'), code, 'AcceptTask', taskId);
  await passes(staff(code, 'reviewer'), code, 'ReviewTask', taskId, ', opinion: "Complies."');
}

/** What the applicant can read of a task through every field that could carry a licence. */
async function applicantView(caseId: string) {
  const response = await hub.query(
    applicantOf(riverside),
    `query ($id: ID!) {
      case(id: $id) {
        status
        licences { serial }
        tasks {
          department { code }
          licence { serial }
          licences { serial }
          drcReview { status licence { serial signature } licences { serial signature } }
          hcbReview { status licence { serial signature } licences { serial signature } }
        }
      }
    }`,
    { id: caseId },
  );
  expect(response.errors).toBeUndefined();
  return response.data.case;
}

const noLicenceIn = (view: any) => {
  expect(view.licences).toEqual([]);
  for (const task of view.tasks) {
    expect(task.licence).toBeNull();
    expect(task.licences).toEqual([]);
    for (const review of [task.drcReview, task.hcbReview].filter(Boolean)) {
      expect(review.licence).toBeNull();
      expect(review.licences).toEqual([]);
    }
  }
};

describe('a sealed licence reaches the applicant only when the whole case completes', () => {
  it('hides a signed licence through every field before completion, and after a rejection', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    const drc = taskOf(kase, 'DRC');
    const hcb = taskOf(kase, 'HCB');
    await reviewed(drc.id);
    await passes(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
    const view = await applicantView(kase.id);
    expect(view.status).toBe('IN_PROGRESS');
    expect(taskOf(view, 'DRC').drcReview.status).toBe('APPROVED');
    noLicenceIn(view);

    await passes(staff('HCB', 'reviewer'), 'HCB', 'AcceptTask', hcb.id);
    await passes(
      staff('HCB', 'reviewer'),
      'HCB',
      'RejectTask',
      hcb.id,
      ', reasons: ["The drawings are unsigned."]',
    );
    const rejected = await applicantView(kase.id);
    expect(rejected.status).toBe('REJECTED');
    noLicenceIn(rejected);
  }, 180_000);

  it('delivers one sealed licence per item, all together at completion', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-TWO');
    expect(kase.status).toBe('IN_PROGRESS');
    const drc = taskOf(kase, 'DRC');
    await reviewed(drc.id);
    await passes(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
    noLicenceIn(await applicantView(kase.id));

    const hcb = taskOf(kase, 'HCB');
    await reviewed(hcb.id, 'HCB');
    await passes(staff('HCB', 'chief'), 'HCB', 'SignTask', hcb.id);

    const done = await hub.query(
      applicantOf(riverside),
      `query ($id: ID!) { case(id: $id) { status tasks { department { code }
         licences { serial itemCode deliveredAt signatureValid content signature } } } }`,
      { id: kase.id },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data.case.status).toBe('COMPLETED');
    const drcLicences = taskOf(done.data.case, 'DRC').licences;
    expect(drcLicences.map((l: any) => l.itemCode).sort()).toEqual(['TST-DRC-1', 'TST-DRC-2']);
    const all = done.data.case.tasks.flatMap((task: any) => task.licences);
    expect(all).toHaveLength(3);
    expect(new Set(all.map((l: any) => l.deliveredAt)).size).toBe(1);
    const keys = await hub.query(null, `{ drcSealKey { publicKey } }`);
    for (const licence of drcLicences) {
      expect(licence.signatureValid).toBe(true);
      expect(JSON.parse(licence.content).items).toEqual([
        expect.objectContaining({ code: licence.itemCode }),
      ]);
      expect(
        verifyLicenceSignature(
          JSON.parse(licence.content),
          licence.signature,
          keys.data.drcSealKey.publicKey,
        ),
      ).toBe(true);
    }
    const issued = (await eventsOf(hub, 'approvals.licence.issued')).filter(
      (event) => event.payload.caseId === kase.id,
    );
    expect(issued).toHaveLength(3);
  }, 180_000);
});

describe('the department runs exactly the steps the item was published with', () => {
  it('signs an item published as ACCEPT then SIGN without a review, and refuses a review of it', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-QUICK');
    const drc = taskOf(kase, 'DRC');
    await passes(staff('DRC', 'reviewer'), 'DRC', 'AcceptTask', drc.id);
    const review = await act(
      staff('DRC', 'reviewer'),
      'DRC',
      'ReviewTask',
      drc.id,
      ', opinion: "x"',
    );
    expect(errorCodes(review)).toEqual(['STEP_NOT_PUBLISHED']);
    await passes(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id);
    const done = await readCase(hub, kase.id);
    expect(done.status).toBe('COMPLETED');
    const violations = await hub
      .subgraph('supervision')
      .orm.em.fork()
      .getConnection()
      .execute(`select kind from violation where task_id = ?`, [drc.id]);
    expect(violations.map((v: any) => v.kind)).not.toContain('SIGN_WITHOUT_REVIEW');
  }, 180_000);

  it('still needs the review where the item publishes one', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    const drc = taskOf(kase, 'DRC');
    await passes(staff('DRC', 'reviewer'), 'DRC', 'AcceptTask', drc.id);
    expect(errorCodes(await act(staff('DRC', 'chief'), 'DRC', 'SignTask', drc.id))).toEqual([
      'STEP_OUT_OF_ORDER',
    ]);
  }, 180_000);
});

describe('a chief representative may refuse to sign', () => {
  it('returns a task to review with reasons, then rejects it with reasons', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-1');
    const drc = taskOf(kase, 'DRC');
    await reviewed(drc.id);
    const chief = staff('DRC', 'chief');
    expect(errorCodes(await act(chief, 'DRC', 'ReturnTask', drc.id, ', reasons: [" "]'))).toEqual([
      'REASONS_REQUIRED',
    ]);
    await passes(
      chief,
      'DRC',
      'ReturnTask',
      drc.id,
      ', reasons: ["Check the investment figures."]',
    );
    const returned = await readCase(hub, kase.id);
    expect(taskOf(returned, 'DRC').status).toBe('ACCEPTED');
    expect(errorCodes(await act(chief, 'DRC', 'SignTask', drc.id))).toEqual(['STEP_OUT_OF_ORDER']);
    // A reviewer cannot send a task back: only the chief representative refuses to sign.
    expect(
      errorCodes(
        await act(staff('DRC', 'reviewer'), 'DRC', 'ReturnTask', drc.id, ', reasons: ["x"]'),
      ),
    ).toEqual(['FORBIDDEN']);

    await passes(staff('DRC', 'reviewer'), 'DRC', 'ReviewTask', drc.id, ', opinion: "Fixed."');
    expect(errorCodes(await act(chief, 'DRC', 'RejectTask', drc.id, ', reasons: []'))).toEqual([
      'REASONS_REQUIRED',
    ]);
    await passes(chief, 'DRC', 'RejectTask', drc.id, ', reasons: ["Not in the public interest."]');
    const rejected = await readCase(hub, kase.id);
    expect(rejected.status).toBe('REJECTED');
    expect(taskOf(rejected, 'DRC').status).toBe('REJECTED');
  }, 180_000);
});
