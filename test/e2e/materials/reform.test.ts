import type { Identity } from '../../../services/kit';
import type { TestHub } from '../../kit/hub';
import { errorCodes } from '../../kit/graphql-client';
import {
  countRows,
  demoApplicantId,
  departmentStaff,
  pdf,
  publishAndSettle,
  startMaterialsHub,
  upload,
} from './materials-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startMaterialsHub();
});

afterAll(async () => {
  await hub?.stop();
});

const currentQuery = /* GraphQL */ `
  query ($id: ID!) {
    applicant(id: $id) {
      materials(currentOnly: true, first: 50) {
        nodes {
          id
          version
          status
          source
          materialType {
            code
          }
        }
      }
    }
  }
`;

async function current(code: string) {
  const response = await hub.query('coordinator', currentQuery, { id: demoApplicantId });
  expect(response.errors).toBeUndefined();
  return response.data.applicant.materials.nodes.find(
    (material: { materialType: { code: string } }) => material.materialType.code === code,
  );
}

const review = (caller: Identity, materialId: string, decision: string, problems: string[] = []) =>
  hub.query(
    caller,
    `mutation ($input: ReviewMaterialInput!) { reviewMaterial(input: $input) { id status } }`,
    { input: { materialId, decision, problems } },
  );

describe('point 1: a licence is a material of its own type', () => {
  it('leaves the prerequisite the next case needs untouched, and becomes its licence type', async () => {
    const report = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'ENVIRONMENTAL_IMPACT_REPORT',
      bytes: pdf('impact report of the riverside warehouse'),
    });
    const reportId = report.data.uploadMaterial.id;
    expect((await review(departmentStaff('EEB'), reportId, 'VERIFIED')).errors).toBeUndefined();

    const licence = {
      licenceId: 'licence-eeb-reform-1',
      serial: 'EEB-2026-9001',
      caseId: 'case-riverside',
      applicantId: demoApplicantId,
      departmentCode: 'EEB',
      issuedAt: '2026-11-20T08:00:00.000Z',
      validUntil: null,
      contentSha256: 'b'.repeat(64),
    };
    // A licence that names a prerequisite's type (as every licence did before) is not taken.
    await publishAndSettle(hub, 'approvals.licence.issued', 'licence-eeb-reform-0', {
      ...licence,
      licenceId: 'licence-eeb-reform-0',
      materialTypeCode: 'ENVIRONMENTAL_IMPACT_REPORT',
    });
    await publishAndSettle(hub, 'approvals.licence.issued', licence.licenceId, {
      ...licence,
      materialTypeCode: 'ENVIRONMENTAL_IMPACT_APPROVAL',
    });

    expect(await current('ENVIRONMENTAL_IMPACT_REPORT')).toMatchObject({
      id: reportId,
      status: 'VERIFIED',
      source: 'UPLOAD',
    });
    expect(await current('ENVIRONMENTAL_IMPACT_APPROVAL')).toMatchObject({
      status: 'VERIFIED',
      source: 'ELECTRONIC_LICENCE',
    });
    const types = await hub.query(null, '{ materialTypes(first: 50) { nodes { code licence } } }');
    const licenceTypes = types.data.materialTypes.nodes
      .filter((type: { licence: boolean }) => type.licence)
      .map((type: { code: string }) => type.code);
    expect(licenceTypes.sort()).toEqual([
      'CONSTRUCTION_PERMIT',
      'ENVIRONMENTAL_IMPACT_APPROVAL',
      'INVESTMENT_PROJECT_APPROVAL',
      'MARKET_ENTITY_LICENCE',
      'PLANNING_PERMIT',
    ]);
  });

  it('refuses an upload of a licence type: only a sign-off issues it', async () => {
    const before = await countRows(hub, 'material');
    const response = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'CONSTRUCTION_PERMIT',
      bytes: pdf('a home-made permit'),
    });
    expect(errorCodes(response)).toEqual(['LICENCE_NOT_UPLOADABLE']);
    expect(await countRows(hub, 'material')).toBe(before);
  });

  it('gives a department the center adds a licence type through the graph, which its licences become', async () => {
    const created = await hub.query(
      'centerAdmin',
      `mutation ($input: CreateMaterialTypeInput!) { createMaterialType(input: $input) { code licence } }`,
      {
        input: {
          code: 'DRC_FILING_APPROVAL',
          name: 'Filing approval',
          leadDepartmentCode: 'DRC',
          licence: true,
        },
      },
    );
    expect(created.data.createMaterialType).toEqual({ code: 'DRC_FILING_APPROVAL', licence: true });
    const refused = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'DRC_FILING_APPROVAL',
      bytes: pdf('a home-made filing approval'),
    });
    expect(errorCodes(refused)).toEqual(['LICENCE_NOT_UPLOADABLE']);

    await publishAndSettle(hub, 'approvals.licence.issued', 'licence-drc-filing-1', {
      licenceId: 'licence-drc-filing-1',
      serial: 'DRC-2026-9002',
      caseId: 'case-riverside-filing',
      applicantId: demoApplicantId,
      departmentCode: 'DRC',
      issuedAt: '2026-11-20T08:00:00.000Z',
      validUntil: null,
      contentSha256: 'c'.repeat(64),
      materialTypeCode: 'DRC_FILING_APPROVAL',
    });
    expect(await current('DRC_FILING_APPROVAL')).toMatchObject({
      status: 'VERIFIED',
      source: 'ELECTRONIC_LICENCE',
    });
  });
});

describe('point 2: the identical file again does not undo a review', () => {
  it('keeps the verified version, and refuses the rejected bytes again', async () => {
    const bytes = pdf('articles of association, 2026');
    const first = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'ARTICLES_OF_ASSOCIATION',
      bytes,
    });
    const id = first.data.uploadMaterial.id;
    // Pending: the same bytes are the same pending version.
    const pendingAgain = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'ARTICLES_OF_ASSOCIATION',
      bytes,
    });
    expect(pendingAgain.data.uploadMaterial).toMatchObject({ id, version: 1, status: 'PENDING' });
    expect((await review(departmentStaff('AMR'), id, 'VERIFIED')).errors).toBeUndefined();
    const rows = await countRows(hub, 'material');
    const again = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'ARTICLES_OF_ASSOCIATION',
      bytes,
      name: 'articles-again.pdf',
    });
    expect(again.errors).toBeUndefined();
    expect(again.data.uploadMaterial).toMatchObject({ id, version: 1, status: 'VERIFIED' });
    expect(await countRows(hub, 'material')).toBe(rows);
    expect(await current('ARTICLES_OF_ASSOCIATION')).toMatchObject({ id, status: 'VERIFIED' });

    // A different file is a new version, pending its review as before.
    const changed = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'ARTICLES_OF_ASSOCIATION',
      bytes: pdf('articles of association, amended 2026'),
    });
    expect(changed.data.uploadMaterial).toMatchObject({ version: 2, status: 'PENDING' });
    const changedId = changed.data.uploadMaterial.id;
    expect(
      (await review(departmentStaff('AMR'), changedId, 'REJECTED', ['Unsigned.'])).errors,
    ).toBeUndefined();
    const rejectedAgain = await upload(hub, 'applicant', {
      applicantId: demoApplicantId,
      materialTypeCode: 'ARTICLES_OF_ASSOCIATION',
      bytes: pdf('articles of association, amended 2026'),
    });
    expect(errorCodes(rejectedAgain)).toEqual(['SAME_AS_REJECTED']);
    expect(await current('ARTICLES_OF_ASSOCIATION')).toMatchObject({
      id: changedId,
      status: 'REJECTED',
    });
  });
});

describe('point 11: a company registers itself online', () => {
  const account: Identity = {
    subject: 'account-harbour-foods',
    name: 'Harbour Foods Ltd.',
    roles: ['APPLICANT' as Identity['roles'][number]],
    departmentCode: null,
    applicantId: null,
  };
  const register = (caller: Identity | 'applicant', identifier: string) =>
    hub.query(
      caller,
      `mutation ($input: RegisterApplicantInput!) {
        registerApplicant(input: $input) { id name identifier registeredByAccount }
      }`,
      { input: { kind: 'ENTERPRISE', name: ' Harbour Foods Ltd. ', identifier } },
    );

  it('registers its own enterprise once, from its own account', async () => {
    const before = await countRows(hub, 'applicant');
    expect(errorCodes(await register(account, '91440300MA5F00001B'))).toEqual([
      'INVALID_CREDIT_CODE',
    ]);
    expect(errorCodes(await register('applicant', '91440300MA5F00001A'))).toEqual([
      'ALREADY_REGISTERED',
    ]);
    expect(await countRows(hub, 'applicant')).toBe(before);

    const registered = await register(account, '91440300MA5F00001A');
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerApplicant).toMatchObject({
      name: 'Harbour Foods Ltd.',
      identifier: '91440300MA5F00001A',
      registeredByAccount: account.subject,
    });
    const mine = await hub.query(account, '{ myApplicant { id } }');
    expect(mine.data.myApplicant).toEqual({ id: registered.data.registerApplicant.id });

    expect(errorCodes(await register(account, '91440300MA5F00002D'))).toEqual([
      'ALREADY_REGISTERED',
    ]);
    expect(await countRows(hub, 'applicant')).toBe(before + 1);

    // With the applicant id in its token, the account hands over materials like any applicant.
    const acting = { ...account, applicantId: registered.data.registerApplicant.id };
    const uploaded = await upload(hub, acting, {
      applicantId: acting.applicantId,
      materialTypeCode: 'LEGAL_REP_ID',
      bytes: pdf('ID card of the legal representative'),
    });
    expect(uploaded.errors).toBeUndefined();
  });
});
