import { center } from '../../services/center';
import { errorCodes } from '../kit/graphql-client';
import { startTestHub, type Caller, type TestHub } from '../kit/hub';

// Attack: the public list of chief representatives led to the person authorized, and from the
// person to their login subject, work permits, trainings and evaluations, for anyone asking.
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center] });
});

afterAll(() => hub?.stop());

const personFields = 'subject name duty createdAt certified department { code } section { code }';
const privateFields = 'permits { number valid } trainings { title } evaluations { grade }';

/** Every way into a person the center subgraph has, each asking for everything about them. */
const reads = {
  chiefRepresentatives: `{ chiefRepresentatives(first: 5) { nodes { id revokeReason person { ${personFields} ${privateFields} } } } }`,
  departmentChief: `{ department(code: "DRC") { chiefRepresentative { id person { ${personFields} ${privateFields} } } } }`,
  staffMember: `{ staffMember(subject: "staff-drc-chief") { ${personFields} ${privateFields} } }`,
  staffMembers: `{ staffMembers(first: 5) { nodes { ${personFields} ${privateFields} } } }`,
  complianceReport: `{ complianceReport(departmentCode: "DRC") { checks { rule failing detail } } }`,
};

/** Every string value anywhere in the answer's data. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

async function readsNoPerson(caller: Caller, expected: string) {
  for (const [name, query] of Object.entries(reads)) {
    const response = await hub.query(caller, query);
    const leaked = stringsIn(response.data).filter((text) =>
      /staff-|Sun Wei|WP-|EXCELLENT|COMPETENT/.test(text),
    );
    expect({ name, leaked }).toEqual({ name, leaked: [] });
    expect({ name, codes: [...new Set(errorCodes(response))] }).toEqual({
      name,
      codes: [expected],
    });
  }
}

describe('staff people, subjects, permits, trainings and evaluations', () => {
  it('are not readable anonymously', async () => {
    await readsNoPerson(null, 'UNAUTHENTICATED');
  });

  it('are not readable by an applicant', async () => {
    await readsNoPerson('applicant', 'FORBIDDEN');
  });

  it('leave the public what it needs: the authorization and the department', async () => {
    const response = await hub.query(
      null,
      '{ department(code: "DRC") { name chiefRepresentative { validFrom validTo scopeAll documentNumber } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.department.chiefRepresentative.validFrom).toMatch(/^\d{4}-/);
  });

  it('leave staff each other’s names and certification, their own permits and records', async () => {
    const colleague = await hub.query(
      'windowClerk',
      `{ department(code: "DRC") { chiefRepresentative { person { subject name certified } } } }`,
    );
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data.department.chiefRepresentative.person).toMatchObject({
      subject: 'staff-drc-chief',
      certified: true,
    });
    const others = await hub.query(
      'windowClerk',
      `{ department(code: "DRC") { chiefRepresentative { person { permits { number } } } } }`,
    );
    expect(errorCodes(others)).toEqual(['FORBIDDEN']);
    const own = await hub.query(
      'chiefRepresentative',
      `{ staffMember(subject: "staff-drc-chief") { ${personFields} ${privateFields} } }`,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.staffMember.permits.length).toBeGreaterThan(0);
  });

  it('leave the center, coordinators and supervisors everything', async () => {
    for (const caller of ['centerAdmin', 'coordinator', 'supervisor'] as const) {
      for (const [name, query] of Object.entries(reads)) {
        const response = await hub.query(caller, query);
        expect({ caller, name, errors: response.errors }).toEqual({
          caller,
          name,
          errors: undefined,
        });
      }
    }
  });
});
