import type { TestHub } from '../../kit/hub';
import { errorCodes } from '../../kit/graphql-client';
import {
  applicantAccount,
  countRows,
  demoApplicantId,
  pdf,
  startMaterialsHub,
  upload,
} from './materials-hub';

const registerMutation = /* GraphQL */ `
  mutation ($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      id
      kind
      name
      identifier
    }
  }
`;

let hub: TestHub;

beforeAll(async () => {
  hub = await startMaterialsHub();
});

afterAll(async () => {
  await hub?.stop();
});

const tables = ['applicant', 'material', 'stored_content', 'material_review', 'content_read'];

/** Runs a refused request and proves it changed nothing in any materials table. */
async function refusedWithNoChange(request: () => Promise<{ errors?: unknown }>) {
  const before = await Promise.all(tables.map((table) => countRows(hub, table)));
  const response = await request();
  expect(await Promise.all(tables.map((table) => countRows(hub, table)))).toEqual(before);
  return response as Awaited<ReturnType<TestHub['query']>>;
}

describe('registering an applicant', () => {
  const register = (input: object) => hub.query('windowClerk', registerMutation, { input });

  it('accepts a valid credit code and a valid ID number, normalised', async () => {
    const enterprise = await register({
      kind: 'ENTERPRISE',
      name: ' Eastbank Cold Chain Co., Ltd. ',
      identifier: '91320508ma20tea1xy',
    });
    expect(enterprise.errors).toBeUndefined();
    expect(enterprise.data.registerApplicant).toMatchObject({
      kind: 'ENTERPRISE',
      name: 'Eastbank Cold Chain Co., Ltd.',
      identifier: '91320508MA20TEA1XY',
    });
    const person = await register({
      kind: 'PERSON',
      name: 'Zhang Wei',
      identifier: '11010519491231002x',
    });
    expect(person.data.registerApplicant.identifier).toBe('11010519491231002X');
  });

  it('refuses an invalid credit code and stores nothing', async () => {
    const response = await refusedWithNoChange(() =>
      register({ kind: 'ENTERPRISE', name: 'Typo Ltd.', identifier: '91320508MA20TEA1XZ' }),
    );
    expect(errorCodes(response)).toEqual(['INVALID_CREDIT_CODE']);
    expect(response.errors![0].message).toMatch(/GB 32100-2015/);
  });

  it('refuses an invalid ID number and stores nothing', async () => {
    const response = await refusedWithNoChange(() =>
      register({ kind: 'PERSON', name: 'Typo', identifier: '110105194912310021' }),
    );
    expect(errorCodes(response)).toEqual(['INVALID_ID_NUMBER']);
  });

  it('refuses a person registered with a credit code', async () => {
    const response = await refusedWithNoChange(() =>
      register({ kind: 'PERSON', name: 'Mixed up', identifier: '91350100M000100Y43' }),
    );
    expect(errorCodes(response)).toEqual(['INVALID_ID_NUMBER']);
  });

  it('refuses an identifier already registered', async () => {
    const response = await refusedWithNoChange(() =>
      register({ kind: 'ENTERPRISE', name: 'Again', identifier: '91320506MA1R2X8K4Q' }),
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });

  it('registers no second applicant for an account that already acts for one', async () => {
    const response = await refusedWithNoChange(() =>
      hub.query('applicant', registerMutation, {
        input: { kind: 'ENTERPRISE', name: 'Self', identifier: '91350100M000100Y43' },
      }),
    );
    expect(errorCodes(response)).toEqual(['ALREADY_REGISTERED']);
  });
});

describe('uploading a material', () => {
  const file = (
    bytes: Buffer,
    type = 'application/pdf',
    materialTypeCode = 'BUSINESS_LICENCE',
  ) => ({
    applicantId: demoApplicantId,
    materialTypeCode,
    bytes,
    type,
  });

  it('refuses an oversized file and stores nothing', async () => {
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    pdf('').copy(huge);
    const response = await refusedWithNoChange(() => upload(hub, 'applicant', file(huge)));
    expect(errorCodes(response)).toEqual(['FILE_TOO_LARGE']);
    expect(response.errors![0].extensions!.details).toEqual({
      size: huge.length,
      maxBytes: 20 * 1024 * 1024,
    });
  });

  it('refuses a content type that is not allowed and stores nothing', async () => {
    const response = await refusedWithNoChange(() =>
      upload(hub, 'applicant', file(Buffer.from('MZ executable'), 'application/x-msdownload')),
    );
    expect(errorCodes(response)).toEqual(['CONTENT_TYPE_NOT_ALLOWED']);
    expect(response.errors![0].extensions!.details.allowed).toContain('application/pdf');
  });

  it('refuses a file whose bytes are not what its content type claims', async () => {
    const response = await refusedWithNoChange(() =>
      upload(hub, 'applicant', file(Buffer.from('not really a PDF'))),
    );
    expect(errorCodes(response)).toEqual(['CONTENT_TYPE_MISMATCH']);
  });

  it('refuses an unknown material type', async () => {
    const response = await refusedWithNoChange(() =>
      upload(hub, 'applicant', file(pdf('x'), 'application/pdf', 'HOROSCOPE')),
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it("refuses an applicant uploading for another applicant, or a department's staff", async () => {
    const other = applicantAccount('9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c');
    const response = await refusedWithNoChange(() => upload(hub, other, file(pdf('x'))));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const reviewer = await refusedWithNoChange(() =>
      upload(hub, 'departmentReviewer', file(pdf('x'))),
    );
    expect(errorCodes(reviewer)).toEqual(['FORBIDDEN']);
  });

  it('accepts an upload by the window on behalf of the applicant', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const response = await upload(hub, 'windowClerk', file(png, 'image/png', 'LEGAL_REP_ID'));
    expect(response.errors).toBeUndefined();
    expect(response.data.uploadMaterial).toMatchObject({ contentType: 'image/png', version: 1 });
  });
});

describe('what an applicant account sees', () => {
  const otherApplicant = applicantAccount('9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c');

  it('sees its own record', async () => {
    const response = await hub.query('applicant', '{ myApplicant { id name identifier } }');
    expect(response.data.myApplicant).toEqual({
      id: demoApplicantId,
      name: 'Riverside Logistics Co., Ltd.',
      identifier: '91320506MA1R2X8K4Q',
    });
  });

  it("never sees another applicant's record, materials, checks or content", async () => {
    const record = await hub.query(
      otherApplicant,
      'query ($id: ID!) { applicant(id: $id) { name } }',
      {
        id: demoApplicantId,
      },
    );
    expect(errorCodes(record)).toEqual(['FORBIDDEN']);
    const gate = await hub.query(
      otherApplicant,
      `query ($id: ID!) {
        prerequisiteCheck(applicantId: $id, requirements: [{ materialTypeCode: "BUSINESS_LICENCE" }]) {
          verdict
        }
      }`,
      { id: demoApplicantId },
    );
    expect(errorCodes(gate)).toEqual(['FORBIDDEN']);

    const mine = await hub.query(
      'applicant',
      'query ($id: ID!) { applicant(id: $id) { materials(first: 1) { nodes { id } } } }',
      { id: demoApplicantId },
    );
    const materialId = mine.data.applicant.materials.nodes[0].id;
    const content = await hub.query(
      otherApplicant,
      'query ($id: ID!) { materialContent(id: $id) { base64 } }',
      { id: materialId },
    );
    expect(errorCodes(content)).toEqual(['FORBIDDEN']);
    const material = await hub.query(
      otherApplicant,
      'query ($id: ID!) { material(id: $id) { id } }',
      {
        id: materialId,
      },
    );
    expect(errorCodes(material)).toEqual(['FORBIDDEN']);
  });
});

describe('the prerequisite check', () => {
  const query = /* GraphQL */ `
    query ($requirements: [MaterialRequirementInput!]!) {
      prerequisiteCheck(applicantId: "${demoApplicantId}", requirements: $requirements) {
        verdict
      }
    }
  `;
  const run = (requirements: object[]) => hub.query('windowClerk', query, { requirements });

  it('refuses a core material accepted missing under commitment', async () => {
    const response = await run([
      { materialTypeCode: 'BUSINESS_LICENCE', core: true, mayBeMissingUnderCommitment: true },
    ]);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an unknown material type, naming it', async () => {
    const response = await run([
      { materialTypeCode: 'BUSINESS_LICENCE' },
      { materialTypeCode: 'NOPE' },
    ]);
    expect(errorCodes(response)).toEqual(['UNKNOWN_MATERIAL_TYPE']);
    expect(response.errors![0].extensions!.details).toEqual({ codes: ['NOPE'] });
  });

  it('refuses an empty or repeated list', async () => {
    expect(errorCodes(await run([]))).toEqual(['BAD_USER_INPUT']);
    const twice = [{ materialTypeCode: 'SITE_PLAN' }, { materialTypeCode: 'SITE_PLAN' }];
    expect(errorCodes(await run(twice))).toEqual(['BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for an applicant that does not exist, BAD_USER_INPUT for a malformed id', async () => {
    const check = (applicantId: string) =>
      hub.query(
        'coordinator',
        `{ prerequisiteCheck(applicantId: "${applicantId}", requirements: [{ materialTypeCode: "SITE_PLAN" }]) { verdict } }`,
      );
    expect(errorCodes(await check('00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await check('not-an-id'))).toEqual(['BAD_USER_INPUT']);
  });
});
