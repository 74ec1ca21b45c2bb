import { errorCodes } from '../../kit/graphql-client';
import {
  applicantOf,
  applyAndSettle,
  applyAtWindow,
  applyOnline,
  certifiedClerk,
  eventsOf,
  expiredClerk,
  greenLeaf,
  newKey,
  readCase,
  riverside,
  snapshot,
  startApprovalsHub,
  unregisteredClerk,
  type ApprovalsHub,
} from './approvals-hub';

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

const application = (overrides: object = {}) => ({
  subjectKind: 'BUNDLE',
  subjectCode: 'TST-PAIR',
  title: 'Warehouse extension',
  idempotencyKey: newKey(),
  ...overrides,
});

describe('intake', () => {
  it('gives the same case for the same key from the same submitter, and announces it once', async () => {
    const input = application();
    const first = await hub.query(applicantOf(riverside), applyOnline, { input });
    const second = await hub.query(applicantOf(riverside), applyOnline, { input });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const id = first.data.applyOnline.id;
    expect(second.data.applyOnline.id).toBe(id);
    expect(first.data.applyOnline).toMatchObject({ status: 'SUBMITTED', channel: 'ONLINE' });
    expect(first.data.applyOnline.reference).toMatch(/^OS-2026-\d{6}$/);
    const submitted = (await eventsOf(hub, 'approvals.case.submitted')).filter((e) => e.key === id);
    expect(submitted).toHaveLength(1);
    expect(submitted[0].payload).toMatchObject({
      caseId: id,
      applicantId: riverside,
      subject: { kind: 'BUNDLE', code: 'TST-PAIR' },
      items: [
        { code: 'TST-DRC-1', version: 1, departmentCode: 'DRC' },
        { code: 'TST-HCB-1', version: 1, departmentCode: 'HCB' },
      ],
      requirements: [
        { materialTypeCode: 'PROJECT_PROPOSAL', core: true, mayBeMissingAtAcceptance: false },
        { materialTypeCode: 'CONSTRUCTION_DRAWINGS', core: true, mayBeMissingAtAcceptance: false },
      ],
      channel: 'ONLINE',
      by: applicantOf(riverside).subject,
    });

    const other = await hub.query(applicantOf(riverside), applyOnline, {
      input: { ...input, idempotencyKey: newKey() },
    });
    expect(other.data.applyOnline.id).not.toBe(id);
  });

  it('gives two concurrent requests with one key one case', async () => {
    const input = application();
    const [a, b] = await Promise.all([
      hub.query(applicantOf(riverside), applyOnline, { input }),
      hub.query(applicantOf(riverside), applyOnline, { input }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data.applyOnline.id).toBe(b.data.applyOnline.id);
  });

  it('refuses a key reused for a different application, changing nothing', async () => {
    const input = application();
    await hub.query(applicantOf(riverside), applyOnline, { input });
    const before = await snapshot(hub);
    const reused = await hub.query(applicantOf(riverside), applyOnline, {
      input: { ...input, subjectKind: 'ITEM', subjectCode: 'TST-DRC-1' },
    });
    expect(errorCodes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await snapshot(hub)).toEqual(before);
  });

  it('lets a certified window clerk apply for an applicant', async () => {
    const input = application({ applicantId: greenLeaf });
    const first = await hub.query(certifiedClerk, applyAtWindow, { input });
    const again = await hub.query(certifiedClerk, applyAtWindow, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.applyAtWindow).toMatchObject({
      status: 'SUBMITTED',
      channel: 'WINDOW',
      submittedBy: certifiedClerk.subject,
    });
    expect(again.data.applyAtWindow.id).toBe(first.data.applyAtWindow.id);
    // The clerk follows it; the applicant sees it as its own.
    await readCase(hub, first.data.applyAtWindow.id, certifiedClerk);
    await readCase(hub, first.data.applyAtWindow.id, applicantOf(greenLeaf));
  });

  it('refuses, with a code and no change, whoever may not apply', async () => {
    const refusals: [any, string, object, string][] = [
      ['coordinator', applyOnline, application(), 'FORBIDDEN'],
      [certifiedClerk, applyOnline, application(), 'FORBIDDEN'],
      [applicantOf(riverside), applyAtWindow, application({ applicantId: riverside }), 'FORBIDDEN'],
      [
        unregisteredClerk,
        applyAtWindow,
        application({ applicantId: riverside }),
        'NOT_REGISTERED_STAFF',
      ],
      [expiredClerk, applyAtWindow, application({ applicantId: riverside }), 'PERMIT_INVALID'],
      // The token names another department than the one the center registered the clerk for.
      [
        { ...certifiedClerk, departmentCode: 'NRP' },
        applyAtWindow,
        application({ applicantId: riverside }),
        'NOT_REGISTERED_STAFF',
      ],
      [certifiedClerk, applyAtWindow, application({ applicantId: 'nobody' }), 'BAD_USER_INPUT'],
      [
        applicantOf(riverside),
        applyOnline,
        application({ subjectCode: 'NO-SUCH' }),
        'SUBJECT_NOT_PUBLISHED',
      ],
      [
        applicantOf(riverside),
        applyOnline,
        application({ subjectKind: 'ITEM', subjectCode: 'TST-PAIR' }),
        'SUBJECT_NOT_PUBLISHED',
      ],
      [applicantOf(riverside), applyOnline, application({ title: '   ' }), 'BAD_USER_INPUT'],
      [applicantOf(riverside), applyOnline, application({ idempotencyKey: '' }), 'BAD_USER_INPUT'],
      [
        { ...applicantOf(riverside), applicantId: null },
        applyOnline,
        application(),
        'NO_APPLICANT_RECORD',
      ],
      [null, applyOnline, application(), 'UNAUTHENTICATED'],
    ];
    for (const [caller, mutation, input, code] of refusals) {
      const before = await snapshot(hub);
      const response = await hub.query(caller, mutation, { input });
      expect({ code, got: errorCodes(response) }).toEqual({ code, got: [code] });
      expect(await snapshot(hub)).toEqual(before);
    }
  });
});

describe('the one-time prerequisite check', () => {
  it('returns a case with one notice of everything missing or wrong', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-HCB-2');
    expect(kase.status).toBe('RETURNED');
    expect(kase.tasks).toEqual([]);
    expect(kase.acceptedAt).toBeNull();
    expect(kase.notice).toEqual([
      {
        materialTypeCode: 'FIRE_SAFETY_DESIGN',
        state: 'MISSING',
        problems: [expect.stringMatching(/Fire safety design/)],
      },
      {
        materialTypeCode: 'BUSINESS_LICENCE',
        state: 'PENDING',
        problems: [expect.stringMatching(/waits for its review/)],
      },
    ]);
    const [returned] = (await eventsOf(hub, 'approvals.case.returned')).filter(
      (event) => event.key === kase.id,
    );
    expect(returned.payload).toMatchObject({ caseId: kase.id, applicantId: riverside });
    expect(returned.payload.notice).toHaveLength(2);
    expect(await eventsOf(hub, 'approvals.task.opened')).not.toContainEqual(
      expect.objectContaining({ payload: expect.objectContaining({ caseId: kase.id }) }),
    );
  });

  it('reports what materials checked, in one event per case', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    const checked = (await eventsOf(hub, 'materials.prerequisites.checked')).filter(
      (event) => event.key === kase.id,
    );
    expect(checked).toHaveLength(1);
    expect(checked[0].payload).toMatchObject({
      caseId: kase.id,
      applicantId: riverside,
      verdict: 'SATISFIED',
      requirements: [
        { materialTypeCode: 'PROJECT_PROPOSAL', state: 'VERIFIED', problems: [] },
        { materialTypeCode: 'CONSTRUCTION_DRAWINGS', state: 'VERIFIED', problems: [] },
      ],
    });
    expect(kase.status).toBe('IN_PROGRESS');
  });
});
