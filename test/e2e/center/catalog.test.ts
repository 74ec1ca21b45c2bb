import { center } from '../../../services/center';
import { startTestHub, type TestHub } from '../../kit/hub';
import {
  amendItem,
  approveItem,
  itemInput,
  proposeItem,
  publishItem,
  refusedWithoutChange,
  returnItem,
  staffOf,
} from './center-test-kit';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center] });
});

afterAll(async () => {
  await hub?.stop();
});

const createSection = `mutation ($input: CreateSectionInput!) {
  createSection(input: $input) { code name department { code } }
}`;

describe('approval sections', () => {
  it('lets the center set up a third section and refuses a fourth', async () => {
    const third = await hub.query('centerAdmin', createSection, {
      input: { departmentCode: 'DRC', code: 'DRC-ENERGY', name: 'Energy Conservation Section' },
    });
    expect(third.errors).toBeUndefined();
    expect(third.data.createSection.department.code).toBe('DRC');

    const codes = await refusedWithoutChange(hub, () =>
      hub.query('centerAdmin', createSection, {
        input: { departmentCode: 'DRC', code: 'DRC-FOURTH', name: 'A fourth section' },
      }),
    );
    expect(codes).toEqual(['SECTION_LIMIT_REACHED']);

    const listed = await hub.query(null, '{ department(code: "DRC") { sections { code } } }');
    expect(listed.data.department.sections.map((s: { code: string }) => s.code)).toEqual([
      'DRC-ENERGY',
      'DRC-INVEST',
      'DRC-PRICE',
    ]);
  });

  it('lets only one of two simultaneous requests take the third place', async () => {
    const responses = await Promise.all(
      ['HCB-A', 'HCB-B'].map((code) =>
        hub.query('centerAdmin', createSection, {
          input: { departmentCode: 'HCB', code, name: `Section ${code}` },
        }),
      ),
    );
    const codes = responses.map((response) => response.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['OK', 'SECTION_LIMIT_REACHED']);
  });

  it('lets only the center admin set up sections', async () => {
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', createSection, {
        input: { departmentCode: 'EEB', code: 'EEB-X', name: 'X' },
      }),
    );
    expect(codes).toEqual(['FORBIDDEN']);
  });
});

describe('the item lifecycle', () => {
  it('runs propose, legal review with return, amend, approve and publish, keeping every version', async () => {
    const proposed = await hub.query('departmentReviewer', proposeItem, { input: itemInput() });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.proposeItem).toMatchObject({
      code: 'DRC-T01',
      version: 1,
      status: 'PROPOSED',
      department: { code: 'DRC' },
      section: { code: 'DRC-INVEST' },
      materials: [
        { core: true, mayBeMissingAtAcceptance: false, materialType: { code: 'BUSINESS_LICENCE' } },
        { core: false, mayBeMissingAtAcceptance: true, materialType: { code: 'SITE_PLAN' } },
      ],
    });

    // Not yet in the public catalog, and not applicable.
    const unpublished = await hub.query(null, '{ item(code: "DRC-T01") { code } }');
    expect(unpublished.data.item).toBeNull();

    const returned = await hub.query('legalOffice', returnItem, {
      code: 'DRC-T01',
      version: 1,
      reasons: ['The legal basis names no article that grants the power.'],
    });
    expect(returned.data.returnItem).toMatchObject({
      status: 'RETURNED',
      returnReasons: ['The legal basis names no article that grants the power.'],
    });

    const amended = await hub.query('chiefRepresentative', amendItem, {
      input: itemInput({ legalBasis: 'Test Regulations, Article 7, paragraph 2' }),
    });
    expect(amended.errors).toBeUndefined();
    expect(amended.data.amendItem).toMatchObject({ version: 2, status: 'PROPOSED' });

    const pending = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', amendItem, { input: itemInput({ name: 'Again' }) }),
    );
    expect(pending).toEqual(['ITEM_CHANGE_PENDING']);

    const early = await refusedWithoutChange(hub, () =>
      hub.query('centerAdmin', publishItem, { code: 'DRC-T01', version: 2 }),
    );
    expect(early).toEqual(['ITEM_NOT_APPROVED']);

    const approved = await hub.query('legalOffice', approveItem, { code: 'DRC-T01', version: 2 });
    expect(approved.data.approveItem.status).toBe('APPROVED');
    const published = await hub.query('centerAdmin', publishItem, { code: 'DRC-T01', version: 2 });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishItem.status).toBe('PUBLISHED');

    const inForce = await hub.query(null, '{ item(code: "DRC-T01") { version legalBasis } }');
    expect(inForce.data.item).toEqual({
      version: 2,
      legalBasis: 'Test Regulations, Article 7, paragraph 2',
    });

    // A second change makes version 3; version 2 stays as it was for cases accepted under it.
    await hub.query('departmentReviewer', amendItem, {
      input: itemInput({ legalBasis: 'Test Regulations, Article 8', promisedLimitDays: 5 }),
    });
    await hub.query('legalOffice', approveItem, { code: 'DRC-T01', version: 3 });
    await hub.query('centerAdmin', publishItem, { code: 'DRC-T01', version: 3 });
    const versions = await hub.query(
      'legalOffice',
      '{ itemVersions(code: "DRC-T01") { nodes { version status promisedLimitDays } } }',
    );
    expect(versions.data.itemVersions.nodes).toEqual([
      { version: 3, status: 'PUBLISHED', promisedLimitDays: 5 },
      { version: 2, status: 'SUPERSEDED', promisedLimitDays: 10 },
      { version: 1, status: 'RETURNED', promisedLimitDays: 10 },
    ]);
    const old = await hub.query(
      null,
      '{ item(code: "DRC-T01", version: 2) { promisedLimitDays } }',
    );
    expect(old.data.item.promisedLimitDays).toBe(10);
  });

  it('lets only one of two simultaneous amendments make the next version', async () => {
    await hub.query('departmentReviewer', proposeItem, { input: itemInput({ code: 'DRC-T10' }) });
    await hub.query('legalOffice', returnItem, {
      code: 'DRC-T10',
      version: 1,
      reasons: ['Vague.'],
    });
    const responses = await Promise.all(
      ['First', 'Second'].map((name) =>
        hub.query('departmentReviewer', amendItem, { input: itemInput({ code: 'DRC-T10', name }) }),
      ),
    );
    const codes = responses.map((response) => response.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['ITEM_CHANGE_PENDING', 'OK']);
  });

  it('refuses an item of more than 3 steps unless it is joint', async () => {
    const fourSteps = [
      { kind: 'ACCEPT', name: 'Accept' },
      { kind: 'REVIEW', name: 'First review' },
      { kind: 'REVIEW', name: 'Second review' },
      { kind: 'SIGN', name: 'Sign' },
    ];
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', proposeItem, {
        input: itemInput({ code: 'DRC-T02', steps: fourSteps }),
      }),
    );
    expect(codes).toEqual(['ITEM_TOO_MANY_STEPS']);

    const joint = await hub.query('departmentReviewer', proposeItem, {
      input: itemInput({ code: 'DRC-T02', steps: fourSteps, joint: true }),
    });
    expect(joint.errors).toBeUndefined();
    expect(joint.data.proposeItem.steps).toHaveLength(4);
  });

  it('refuses steps that do not start with accept and end with sign', async () => {
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', proposeItem, {
        input: itemInput({
          code: 'DRC-T03',
          steps: [
            { kind: 'REVIEW', name: 'Review' },
            { kind: 'SIGN', name: 'Sign' },
          ],
        }),
      }),
    );
    expect(codes).toEqual(['ITEM_STEPS_INVALID']);
  });

  it('refuses a promised limit above the statutory one', async () => {
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', proposeItem, {
        input: itemInput({ code: 'DRC-T04', statutoryLimitDays: 10, promisedLimitDays: 15 }),
      }),
    );
    expect(codes).toEqual(['PROMISED_EXCEEDS_STATUTORY']);
  });

  it('refuses a fee outside the catalog, and one not yet approved', async () => {
    for (const feeCode of ['FEE-INVENTED', 'FEE-SURVEY-CHECK']) {
      const codes = await refusedWithoutChange(hub, () =>
        hub.query('departmentReviewer', proposeItem, {
          input: itemInput({ code: 'DRC-T05', feeCodes: [feeCode] }),
        }),
      );
      expect(codes).toEqual(['FEE_NOT_IN_CATALOG']);
    }
  });

  it('refuses a core material that may be missing at acceptance', async () => {
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', proposeItem, {
        input: itemInput({
          code: 'DRC-T06',
          materials: [
            { materialTypeCode: 'BUSINESS_LICENCE', core: true, mayBeMissingAtAcceptance: true },
          ],
        }),
      }),
    );
    expect(codes).toEqual(['CORE_MATERIAL_CANNOT_BE_MISSING']);
  });

  it("refuses a department proposing or amending another department's item", async () => {
    const intoOtherSection = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', proposeItem, {
        input: itemInput({ code: 'NRP-T01', sectionCode: 'NRP-PLANNING' }),
      }),
    );
    expect(intoOtherSection).toEqual(['NOT_OWN_DEPARTMENT']);

    const amendOthers = await refusedWithoutChange(hub, () =>
      hub.query(staffOf('NRP', 'reviewer'), amendItem, {
        input: itemInput({ code: 'DRC-001', sectionCode: 'NRP-PLANNING' }),
      }),
    );
    expect(amendOthers).toEqual(['NOT_OWN_DEPARTMENT']);

    const takeOthersCode = await refusedWithoutChange(hub, () =>
      hub.query(staffOf('NRP', 'reviewer'), proposeItem, {
        input: itemInput({ code: 'DRC-001', sectionCode: 'NRP-PLANNING' }),
      }),
    );
    expect(takeOthersCode).toEqual(['NOT_OWN_DEPARTMENT']);
  });

  it('refuses anyone but the legal office approving or returning items', async () => {
    await hub.query('departmentReviewer', proposeItem, { input: itemInput({ code: 'DRC-T07' }) });
    for (const caller of ['centerAdmin', 'chiefRepresentative', 'feeAuditor'] as const) {
      const codes = await refusedWithoutChange(hub, () =>
        hub.query(caller, approveItem, { code: 'DRC-T07', version: 1 }),
      );
      expect(codes).toEqual(['LEGAL_OFFICE_ONLY']);
    }
    const returnCodes = await refusedWithoutChange(hub, () =>
      hub.query('centerAdmin', returnItem, { code: 'DRC-T07', version: 1, reasons: ['No.'] }),
    );
    expect(returnCodes).toEqual(['LEGAL_OFFICE_ONLY']);
    const noReason = await refusedWithoutChange(hub, () =>
      hub.query('legalOffice', returnItem, { code: 'DRC-T07', version: 1, reasons: [' '] }),
    );
    expect(noReason).toEqual(['RETURN_REASONS_REQUIRED']);
  });

  it('refuses a window clerk proposing items, and anonymous callers', async () => {
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('windowClerk', proposeItem, { input: itemInput({ code: 'DRC-T08' }) }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(null, proposeItem, { input: itemInput({ code: 'DRC-T08' }) }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps unpublished versions from the public and from other departments', async () => {
    const query = '{ item(code: "DRC-T07", version: 1) { status } }';
    expect((await hub.query('legalOffice', query)).data.item.status).toBe('PROPOSED');
    expect((await hub.query('departmentReviewer', query)).data.item.status).toBe('PROPOSED');
    expect((await hub.query(staffOf('NRP', 'reviewer'), query)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await hub.query(null, query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the legal office its worklist', async () => {
    const response = await hub.query(
      'legalOffice',
      '{ itemWorklist(status: PROPOSED) { totalCount nodes { code version } } }',
    );
    const codes = response.data.itemWorklist.nodes.map((node: { code: string }) => node.code);
    expect(codes).toContain('DRC-T07');
    expect(codes).not.toContain('DRC-001');
  });
});

describe('the fee catalog', () => {
  const propose = `mutation ($input: ProposeFeeEntryInput!) { proposeFeeEntry(input: $input) { code status } }`;
  const approve = `mutation ($code: ID!) { approveFeeEntry(code: $code) { code status approvedAt } }`;
  const withdraw = `mutation ($code: ID!) { withdrawFeeEntry(code: $code) { code status } }`;

  it('takes entries from the center, approval from a fee auditor only', async () => {
    const proposed = await hub.query('centerAdmin', propose, {
      input: {
        code: 'FEE-TEST',
        name: 'Test certificate fee',
        standard: 'CNY 5 per certificate',
        legalBasis: 'Provincial price notice No. 1',
      },
    });
    expect(proposed.data.proposeFeeEntry.status).toBe('PROPOSED');

    for (const caller of ['centerAdmin', 'legalOffice', 'departmentReviewer'] as const) {
      const codes = await refusedWithoutChange(hub, () =>
        hub.query(caller, approve, { code: 'FEE-TEST' }),
      );
      expect(codes).toEqual(['FEE_AUDITOR_ONLY']);
    }
    const approved = await hub.query('feeAuditor', approve, { code: 'FEE-TEST' });
    expect(approved.data.approveFeeEntry.status).toBe('APPROVED');

    // Now an item may charge it.
    const item = await hub.query('departmentReviewer', proposeItem, {
      input: itemInput({ code: 'DRC-T09', sectionCode: 'DRC-PRICE', feeCodes: ['FEE-TEST'] }),
    });
    expect(item.errors).toBeUndefined();
    expect(item.data.proposeItem.fees).toEqual([
      {
        code: 'FEE-TEST',
        name: 'Test certificate fee',
        standard: 'CNY 5 per certificate',
        legalBasis: 'Provincial price notice No. 1',
      },
    ]);
  });

  it('refuses to withdraw an entry items still charge, and withdraws it once they do not', async () => {
    const inUse = await refusedWithoutChange(hub, () =>
      hub.query('feeAuditor', withdraw, { code: 'FEE-TEST' }),
    );
    expect(inUse).toEqual(['FEE_ENTRY_IN_USE']);
    const seeded = await refusedWithoutChange(hub, () =>
      hub.query('feeAuditor', withdraw, { code: 'FEE-REAL-ESTATE-REG' }),
    );
    expect(seeded).toEqual(['FEE_ENTRY_IN_USE']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', withdraw, { code: 'FEE-TEST' }),
      ),
    ).toEqual(['FEE_AUDITOR_ONLY']);

    await hub.query('legalOffice', returnItem, {
      code: 'DRC-T09',
      version: 1,
      reasons: ['The fee is not needed.'],
    });
    const withdrawn = await hub.query('feeAuditor', withdraw, { code: 'FEE-TEST' });
    expect(withdrawn.data.withdrawFeeEntry.status).toBe('WITHDRAWN');

    const amended = await refusedWithoutChange(hub, () =>
      hub.query('departmentReviewer', amendItem, {
        input: itemInput({ code: 'DRC-T09', sectionCode: 'DRC-PRICE', feeCodes: ['FEE-TEST'] }),
      }),
    );
    expect(amended).toEqual(['FEE_NOT_IN_CATALOG']);
  });

  it('lists the catalog by status, paginated', async () => {
    const first = await hub.query(
      null,
      '{ feeEntries(first: 1, status: APPROVED) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.data.feeEntries.totalCount).toBe(2);
    expect(first.data.feeEntries.pageInfo.hasNextPage).toBe(true);
    const second = await hub.query(
      null,
      `{ feeEntries(first: 1, status: APPROVED, after: "${first.data.feeEntries.pageInfo.endCursor}") { nodes { code } } }`,
    );
    expect([...first.data.feeEntries.nodes, ...second.data.feeEntries.nodes]).toEqual([
      { code: 'FEE-CERTIFICATE' },
      { code: 'FEE-REAL-ESTATE-REG' },
    ]);
  });
});

describe('bundles', () => {
  const publishBundle = `mutation ($input: BundleInput!) {
    publishBundle(input: $input) {
      code version timeLimitDays
      items { code department { code } }
      departments { code }
      prerequisites { item { code } requires { code } }
    }
  }`;
  const bundle = (overrides: Record<string, unknown> = {}) => ({
    code: 'TEST-BUNDLE',
    name: 'Build a warehouse',
    description: 'Test bundle.',
    timeLimitDays: 25,
    itemCodes: ['DRC-001', 'NRP-001', 'NRP-002', 'HCB-001'],
    prerequisites: [{ itemCode: 'NRP-002', requiresItemCode: 'NRP-001' }],
    ...overrides,
  });

  it('publishes a bundle of published items of several departments', async () => {
    const response = await hub.query('centerAdmin', publishBundle, { input: bundle() });
    expect(response.errors).toBeUndefined();
    expect(response.data.publishBundle).toMatchObject({
      code: 'TEST-BUNDLE',
      version: 1,
      departments: [{ code: 'DRC' }, { code: 'HCB' }, { code: 'NRP' }],
      prerequisites: [{ item: { code: 'NRP-002' }, requires: { code: 'NRP-001' } }],
    });
    const again = await hub.query('centerAdmin', publishBundle, {
      input: bundle({ timeLimitDays: 20 }),
    });
    expect(again.data.publishBundle).toMatchObject({ version: 2, timeLimitDays: 20 });
  });

  it('refuses a bundle whose items are prerequisites of each other', async () => {
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('centerAdmin', publishBundle, {
        input: bundle({
          code: 'CYCLIC',
          prerequisites: [
            { itemCode: 'NRP-002', requiresItemCode: 'HCB-001' },
            { itemCode: 'HCB-001', requiresItemCode: 'DRC-001' },
            { itemCode: 'DRC-001', requiresItemCode: 'NRP-002' },
          ],
        }),
      }),
    );
    expect(codes).toEqual(['BUNDLE_PREREQUISITE_CYCLE']);
  });

  it('refuses a prerequisite between items of two departments (point 8)', async () => {
    const codes = await refusedWithoutChange(hub, () =>
      hub.query('centerAdmin', publishBundle, {
        input: bundle({
          code: 'CROSSING',
          prerequisites: [
            { itemCode: 'NRP-002', requiresItemCode: 'NRP-001' },
            { itemCode: 'HCB-001', requiresItemCode: 'NRP-002' },
          ],
        }),
      }),
    );
    expect(codes).toEqual(['CROSS_DEPARTMENT_PREREQUISITE']);
  });

  it('refuses unpublished items and a bundle of one department', async () => {
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', publishBundle, {
          input: bundle({
            code: 'UNPUBLISHED',
            itemCodes: ['DRC-001', 'DRC-T07'],
            prerequisites: [],
          }),
        }),
      ),
    ).toEqual(['ITEM_NOT_PUBLISHED']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', publishBundle, {
          input: bundle({ code: 'ONE-DEPT', itemCodes: ['NRP-001', 'NRP-002'] }),
        }),
      ),
    ).toEqual(['BUNDLE_SINGLE_DEPARTMENT']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('legalOffice', publishBundle, { input: bundle({ code: 'NOT-ADMIN' }) }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('lists the demo bundles', async () => {
    const response = await hub.query(
      null,
      '{ bundles(first: 10) { nodes { code name items { code } } } }',
    );
    const byCode = Object.fromEntries(
      response.data.bundles.nodes.map((node: { code: string }) => [node.code, node]),
    );
    expect(byCode['START-CONSTRUCTION'].name).toBe('Start a construction project');
    expect(byCode['OPEN-A-BUSINESS'].items.map((i: { code: string }) => i.code).sort()).toEqual([
      'AMR-001',
      'AMR-002',
      'EEB-002',
    ]);
  });
});
