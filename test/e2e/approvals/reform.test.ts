import {
  applyAndSettle,
  material,
  publishItem,
  startApprovalsHub,
  type ApprovalsHub,
} from './approvals-hub';

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
  // Riverside's business licence waits for its review (see approvals-hub).
  await publishItem(hub, {
    code: 'TST-AMR-PENDING-OK',
    departmentCode: 'AMR',
    days: 3,
    materials: [material('PREMISES_PROOF'), material('BUSINESS_LICENCE', false, true)],
  });
  await publishItem(hub, {
    code: 'TST-AMR-PENDING-CORE',
    departmentCode: 'AMR',
    days: 3,
    materials: [material('PREMISES_PROOF'), material('BUSINESS_LICENCE')],
  });
}, 600_000);

afterAll(async () => {
  await hub?.stop();
});

beforeEach(() => hub.clock.set('2026-11-30T02:00:00Z'));

describe('point 3: a pending non-core material is treated like a missing one', () => {
  it('accepts under commitment when the items allow it missing, returns it when core', async () => {
    const allowed = await applyAndSettle(hub, 'ITEM', 'TST-AMR-PENDING-OK');
    expect(allowed.status).toBe('IN_PROGRESS');
    expect(allowed.commitment.materialTypeCodes).toEqual(['BUSINESS_LICENCE']);

    const core = await applyAndSettle(hub, 'ITEM', 'TST-AMR-PENDING-CORE');
    expect(core.status).toBe('RETURNED');
    expect(core.notice).toEqual([
      {
        materialTypeCode: 'BUSINESS_LICENCE',
        state: 'PENDING',
        problems: ['Business licence waits for its review by AMR.'],
      },
    ]);
  });
});
