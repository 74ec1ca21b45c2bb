import { ManualClock, useClock } from '../../../services/kit/clock/clock';
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

const nrp = departmentStaff('NRP');
const drc = departmentStaff('DRC');
const hcb = departmentStaff('HCB');
const eeb = departmentStaff('EEB');
const amr = departmentStaff('AMR');

const checkQuery = /* GraphQL */ `
  query ($applicantId: ID!, $requirements: [MaterialRequirementInput!]!) {
    prerequisiteCheck(applicantId: $applicantId, requirements: $requirements) {
      verdict
      requirements {
        materialType {
          code
        }
        state
        material {
          id
          version
        }
        notice
      }
    }
  }
`;

const readQuery = /* GraphQL */ `
  query ($id: ID!, $caseId: ID) {
    materialContent(id: $id, caseId: $caseId) {
      base64
    }
  }
`;

const reviewMutation = /* GraphQL */ `
  mutation ($input: ReviewMaterialInput!) {
    reviewMaterial(input: $input) {
      id
      status
      validUntil
      review {
        decision
        problems
        department {
          code
        }
      }
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

async function check(requirements: object[]) {
  const response = await hub.query('applicant', checkQuery, {
    applicantId: demoApplicantId,
    requirements,
  });
  expect(response.errors).toBeUndefined();
  return response.data.prerequisiteCheck;
}

async function uploadPdf(materialTypeCode: string, text: string): Promise<string> {
  const response = await upload(hub, 'applicant', {
    applicantId: demoApplicantId,
    materialTypeCode,
    bytes: pdf(text),
  });
  expect(response.errors).toBeUndefined();
  return response.data.uploadMaterial.id;
}

async function review(
  caller: typeof nrp,
  materialId: string,
  decision: string,
  problems: string[] = [],
) {
  return hub.query(caller, reviewMutation, { input: { materialId, decision, problems } });
}

const openTask = (taskId: string, caseId: string, departmentCode: string, codes: string[]) =>
  publishAndSettle(hub, 'approvals.task.opened', caseId, {
    caseId,
    caseReference: `OS-2026-${caseId}`,
    taskId,
    departmentCode,
    applicantId: demoApplicantId,
    items: [],
    materialTypeCodes: codes,
    openedAt: new Date().toISOString(),
    deadlineOn: '2026-12-31',
  });

describe('a material three departments need across two cases', () => {
  const caseA = 'aaaaaaaa-0000-4000-8000-00000000000a'; // the warehouse
  const caseB = 'bbbbbbbb-0000-4000-8000-00000000000b'; // its extension
  const content = pdf('land use right certificate no. 2026-0042');
  let materialId: string;

  it('is uploaded once and reviewed once by its lead department', async () => {
    materialId = await uploadPdf(
      'LAND_USE_CERTIFICATE',
      'land use right certificate no. 2026-0042',
    );

    const forReview = await hub.query(nrp, readQuery, { id: materialId });
    expect(forReview.errors).toBeUndefined();
    expect(Buffer.from(forReview.data.materialContent.base64, 'base64').equals(content)).toBe(true);

    const desk = '{ materialsAwaitingReview { nodes { id materialType { code } } } }';
    const nrpDesk = await hub.query(nrp, desk);
    expect(nrpDesk.data.materialsAwaitingReview.nodes).toEqual([
      { id: materialId, materialType: { code: 'LAND_USE_CERTIFICATE' } },
    ]);
    expect((await hub.query(eeb, desk)).data.materialsAwaitingReview.nodes).toEqual([]);

    const notLead = await review(drc, materialId, 'VERIFIED');
    expect(errorCodes(notLead)).toEqual(['FORBIDDEN']);

    const verified = await review(nrp, materialId, 'VERIFIED');
    expect(verified.errors).toBeUndefined();
    expect(verified.data.reviewMaterial).toMatchObject({
      status: 'VERIFIED',
      validUntil: null, // a land use certificate stays valid until superseded
      review: { decision: 'VERIFIED', problems: [], department: { code: 'NRP' } },
    });

    const again = await review(nrp, materialId, 'VERIFIED');
    expect(errorCodes(again)).toEqual(['ALREADY_REVIEWED']);
    expect((await hub.query(nrp, desk)).data.materialsAwaitingReview.nodes).toEqual([]);
  });

  it('is shared with every department that has an open task on a case needing it', async () => {
    await openTask('task-a-drc', caseA, 'DRC', ['LAND_USE_CERTIFICATE', 'PROJECT_PROPOSAL']);
    await openTask('task-a-nrp', caseA, 'NRP', ['LAND_USE_CERTIFICATE', 'SITE_PLAN']);

    const gate = await check([
      { materialTypeCode: 'LAND_USE_CERTIFICATE' },
      { materialTypeCode: 'SITE_PLAN', core: false, mayBeMissingUnderCommitment: true },
    ]);
    expect(gate.verdict).toBe('SATISFIED_UNDER_COMMITMENT');
    expect(gate.requirements.map((r: { state: string }) => r.state)).toEqual([
      'VERIFIED',
      'MISSING_UNDER_COMMITMENT',
    ]);
    expect(gate.requirements[0].material.id).toBe(materialId);

    for (const department of [drc, nrp]) {
      const read = await hub.query(department, readQuery, { id: materialId, caseId: caseA });
      expect(read.errors).toBeUndefined();
      expect(Buffer.from(read.data.materialContent.base64, 'base64').equals(content)).toBe(true);
    }
  });

  it('is reused by a later case with no new upload and no new review', async () => {
    const before = {
      materials: await countRows(hub, 'material'),
      reviews: await countRows(hub, 'material_review'),
      contents: await countRows(hub, 'stored_content'),
    };
    await openTask('task-b-hcb', caseB, 'HCB', ['LAND_USE_CERTIFICATE']);

    const gate = await check([{ materialTypeCode: 'LAND_USE_CERTIFICATE' }]);
    expect(gate.verdict).toBe('SATISFIED');
    expect(gate.requirements[0]).toMatchObject({
      state: 'VERIFIED',
      material: { id: materialId, version: 1 },
      notice: [],
    });
    const read = await hub.query(hcb, readQuery, { id: materialId, caseId: caseB });
    expect(read.errors).toBeUndefined();

    expect({
      materials: await countRows(hub, 'material'),
      reviews: await countRows(hub, 'material_review'),
      contents: await countRows(hub, 'stored_content'),
    }).toEqual(before);
    const versions = await hub.query(
      'applicant',
      `query ($id: ID!) { applicant(id: $id) { materials { nodes { materialType { code } } } } }`,
      { id: demoApplicantId },
    );
    const landUse = versions.data.applicant.materials.nodes.filter(
      (node: { materialType: { code: string } }) =>
        node.materialType.code === 'LAND_USE_CERTIFICATE',
    );
    expect(landUse).toHaveLength(1);
  });

  it('passes the gate of a case approvals submits, announcing the outcome', async () => {
    await publishAndSettle(hub, 'approvals.case.submitted', 'case-c', {
      caseId: 'case-c',
      reference: 'OS-2026-case-c',
      applicantId: demoApplicantId,
      subject: { kind: 'ITEM', code: 'NRP-001' },
      items: [{ code: 'NRP-001', version: 1, departmentCode: 'NRP' }],
      channel: 'ONLINE',
      by: 'demo-applicant',
      at: new Date().toISOString(),
      requirements: [
        { materialTypeCode: 'LAND_USE_CERTIFICATE', core: true, mayBeMissingAtAcceptance: false },
        { materialTypeCode: 'FIRE_SAFETY_DESIGN', core: false, mayBeMissingAtAcceptance: true },
      ],
    });
    const [checked] = await hub
      .subgraph('materials')
      .orm.em.fork()
      .getConnection()
      .execute(
        `select payload from events.event
          where topic = 'materials.prerequisites.checked' and key = 'case-c'`,
      );
    expect(checked.payload).toMatchObject({
      caseId: 'case-c',
      verdict: 'SATISFIED_UNDER_COMMITMENT',
      requirements: [
        {
          materialTypeCode: 'LAND_USE_CERTIFICATE',
          state: 'VERIFIED',
          materialVersionId: materialId,
        },
        { materialTypeCode: 'FIRE_SAFETY_DESIGN', state: 'MISSING_UNDER_COMMITMENT' },
      ],
    });
  });

  it('refuses a department with no task on the case, and logs nothing for it', async () => {
    const logged = await countRows(hub, 'content_read');
    const noTask = await hub.query(eeb, readQuery, { id: materialId, caseId: caseA });
    expect(errorCodes(noTask)).toEqual(['NO_OPEN_TASK']);
    const otherCase = await hub.query(hcb, readQuery, { id: materialId, caseId: caseA });
    expect(errorCodes(otherCase)).toEqual(['NO_OPEN_TASK']);
    const typeNotNeeded = await hub.query(amr, readQuery, { id: materialId, caseId: caseA });
    expect(errorCodes(typeNotNeeded)).toEqual(['NO_OPEN_TASK']);
    const noCase = await hub.query(drc, readQuery, { id: materialId });
    expect(errorCodes(noCase)).toEqual(['CASE_REQUIRED']);
    expect(await countRows(hub, 'content_read')).toBe(logged);

    const listing = await hub.query(
      eeb,
      `query ($id: ID!) { applicant(id: $id) { materials { totalCount } } }`,
      { id: demoApplicantId },
    );
    expect(listing.data.applicant.materials.totalCount).toBe(0);
  });

  it('stops sharing when the department decides its task', async () => {
    await publishAndSettle(hub, 'department.task.rejected', caseB, {
      caseId: caseB,
      taskId: 'task-b-hcb',
      departmentCode: 'HCB',
      by: 'staff-hcb-reviewer',
      reasons: ['Site plan does not match the land use certificate.'],
      at: new Date().toISOString(),
    });
    const closed = await hub.query(hcb, readQuery, { id: materialId, caseId: caseB });
    expect(errorCodes(closed)).toEqual(['NO_OPEN_TASK']);
  });

  it('shows the applicant every department read: who, which department, which case, when', async () => {
    const response = await hub.query(
      'applicant',
      `query ($id: ID!) {
        applicant(id: $id) {
          contentReads(first: 10) {
            totalCount
            nodes { purpose caseId readerName readAt department { code name } material { id } }
          }
        }
      }`,
      { id: demoApplicantId },
    );
    expect(response.errors).toBeUndefined();
    const reads = response.data.applicant.contentReads;
    expect(reads.totalCount).toBe(4);
    const summary = reads.nodes
      .map((read: any) => `${read.purpose} ${read.department.code} ${read.caseId ?? '-'}`)
      .sort();
    expect(summary).toEqual([
      `CASE DRC ${caseA}`,
      `CASE HCB ${caseB}`,
      `CASE NRP ${caseA}`,
      'REVIEW NRP -',
    ]);
    for (const read of reads.nodes) {
      expect(read.material.id).toBe(materialId);
      expect(read.readerName).toBe(`Reviewer of ${read.department.code}`);
      expect(new Date(read.readAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(reads.nodes.find((read: any) => read.department.code === 'HCB').department.name).toBe(
      'Bureau of Housing and Urban-Rural Construction',
    );

    const byDepartment = await hub.query(
      drc,
      `query ($id: ID!) { applicant(id: $id) { contentReads { totalCount } } }`,
      { id: demoApplicantId },
    );
    expect(errorCodes(byDepartment)).toEqual(['FORBIDDEN']);
  });
});

describe('a material that is superseded, expired or rejected', () => {
  const requirement = [{ materialTypeCode: 'BUSINESS_LICENCE' }];

  it('is not reused once superseded: the new version waits for its own review', async () => {
    const first = await uploadPdf('BUSINESS_LICENCE', 'business licence, 2025 edition');
    expect((await review(amr, first, 'VERIFIED')).errors).toBeUndefined();
    expect((await check(requirement)).verdict).toBe('SATISFIED');

    const second = await uploadPdf('BUSINESS_LICENCE', 'business licence, 2026 edition');
    const gate = await check(requirement);
    expect(gate.verdict).toBe('AWAITING_REVIEW');
    expect(gate.requirements[0]).toMatchObject({
      state: 'PENDING',
      material: { id: second, version: 2 },
    });
    expect(errorCodes(await review(amr, first, 'REJECTED', ['late']))).toEqual([
      'MATERIAL_SUPERSEDED',
    ]);

    const history = await hub.query(
      'applicant',
      `query ($id: ID!) { material(id: $id) { version current supersededAt status } }`,
      { id: first },
    );
    expect(history.data.material).toMatchObject({ version: 1, current: false, status: 'VERIFIED' });
    expect(history.data.material.supersededAt).not.toBeNull();

    const verified = await review(amr, second, 'VERIFIED');
    // A business licence is re-checked every 12 months.
    const validUntil = new Date(verified.data.reviewMaterial.validUntil);
    expect(validUntil.getTime() - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);
    expect((await check(requirement)).verdict).toBe('SATISFIED');
  });

  it('is not reused once expired', async () => {
    // Thirteen months pass: the verified version's twelve months of validity run out.
    const later = new Date();
    later.setUTCMonth(later.getUTCMonth() + 13);
    const restoreClock = useClock(new ManualClock(later));
    try {
      const gate = await check(requirement);
      expect(gate.verdict).toBe('INCOMPLETE');
      expect(gate.requirements[0].state).toBe('EXPIRED');
      expect(gate.requirements[0].notice[0]).toMatch(
        /^Business licence expired on \d{4}-\d{2}-\d{2}; hand over a new version\.$/,
      );
    } finally {
      restoreClock();
    }
    expect((await check(requirement)).verdict).toBe('SATISFIED');
  });

  it('lists every problem of a rejection in one notice', async () => {
    const id = await uploadPdf('PREMISES_PROOF', 'lease contract, unsigned');
    expect(errorCodes(await review(amr, id, 'REJECTED'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await review(amr, id, 'VERIFIED', ['but blurry']))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const rejected = await review(amr, id, 'REJECTED', [
      'The lease is not signed by the landlord.',
      'The lease term ends before the licence would.',
    ]);
    expect(rejected.data.reviewMaterial.status).toBe('REJECTED');

    const gate = await check([
      { materialTypeCode: 'PREMISES_PROOF' },
      { materialTypeCode: 'ARTICLES_OF_ASSOCIATION' },
    ]);
    expect(gate.verdict).toBe('INCOMPLETE');
    expect(gate.requirements).toMatchObject([
      {
        state: 'REJECTED',
        notice: [
          'Proof of business premises (title or lease): The lease is not signed by the landlord.',
          'Proof of business premises (title or lease): The lease term ends before the licence would.',
        ],
      },
      { state: 'MISSING', notice: ['Hand over Articles of association.'] },
    ]);
  });
});

describe('electronic licences', () => {
  const licence = {
    licenceId: 'licence-nrp-0001',
    serial: 'NRP-PLAN-2026-0001',
    caseId: 'case-a-warehouse',
    applicantId: demoApplicantId,
    departmentCode: 'NRP',
    materialTypeCode: 'PLANNING_PERMIT',
    issuedAt: '2026-11-20T08:00:00.000Z',
    validUntil: '2028-11-20T08:00:00.000Z',
    contentSha256: 'a'.repeat(64),
  };

  it('become verified materials of the applicant, with provenance, once', async () => {
    await publishAndSettle(hub, 'approvals.licence.issued', licence.licenceId, licence);
    await publishAndSettle(hub, 'approvals.licence.issued', licence.licenceId, licence);

    const gate = await check([{ materialTypeCode: 'PLANNING_PERMIT' }]);
    expect(gate.verdict).toBe('SATISFIED');
    const material = await hub.query(
      'applicant',
      `query ($id: ID!) {
        material(id: $id) {
          source status sha256 validUntil review { id }
          licence { licenceId serial caseId issuedAt issuingDepartment { code name } }
        }
      }`,
      { id: gate.requirements[0].material.id },
    );
    expect(material.errors).toBeUndefined();
    expect(material.data.material).toEqual({
      source: 'ELECTRONIC_LICENCE',
      status: 'VERIFIED',
      sha256: licence.contentSha256,
      validUntil: licence.validUntil,
      review: null,
      licence: {
        licenceId: licence.licenceId,
        serial: licence.serial,
        caseId: licence.caseId,
        issuedAt: licence.issuedAt,
        issuingDepartment: { code: 'NRP', name: 'Bureau of Natural Resources and Planning' },
      },
    });
    const [row] = await hub
      .subgraph('materials')
      .orm.em.fork()
      .getConnection()
      .execute(`select count(*) from material where licence_id = 'licence-nrp-0001'`);
    expect(Number(row.count)).toBe(1);
  });
});
