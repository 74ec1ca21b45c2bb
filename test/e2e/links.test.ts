import { Role, sqlStatements, type Identity } from '../../services/kit';
import { startTestHub, type TestHub } from '../kit/hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ demoCases: true });
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

const byReference = (nodes: any[]) => new Map(nodes.map((node) => [node.reference, node]));

describe("supervision's links beside its ids", () => {
  it("lead from the board's cases and tasks to the case, applicant, departments, task and staff", async () => {
    const response = await hub.query(
      'supervisor',
      `{
        supervisedCases(first: 10) {
          nodes {
            id reference applicantId departmentCodes
            case { id reference }
            applicant { id name }
            departments { code name }
            tasks {
              id caseId departmentCode reviewedBy decidedBy
              case { id }
              task { id department { code } }
              department { code name }
              reviewedByStaff { subject name }
              decidedByStaff { subject name }
            }
          }
        }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes: any[] = response.data.supervisedCases.nodes;
    expect(nodes).toHaveLength(3);
    const decided: any[] = [];
    for (const node of nodes) {
      expect(node.case).toEqual({ id: node.id, reference: node.reference });
      expect(node.applicant).toEqual({ id: node.applicantId, name: expect.any(String) });
      expect(node.departments.map((department: any) => department.code)).toEqual(
        node.departmentCodes,
      );
      for (const department of node.departments)
        expect(department.name).toEqual(expect.any(String));
      for (const task of node.tasks) {
        expect(task.case).toEqual({ id: node.id });
        expect(task.task).toEqual({ id: task.id, department: { code: task.departmentCode } });
        expect(task.department).toEqual({ code: task.departmentCode, name: expect.any(String) });
        expect(task.reviewedByStaff?.subject ?? null).toBe(task.reviewedBy);
        expect(task.decidedByStaff?.subject ?? null).toBe(task.decidedBy);
        if (task.decidedBy) decided.push(task);
      }
    }
    // Green Leaf's registration and Riverside's business opening, decided by the AMR.
    expect(decided).toHaveLength(2);
    for (const task of decided) {
      expect(task.decidedByStaff).toEqual({ subject: 'staff-amr-chief', name: expect.any(String) });
    }
  }, 60_000);

  it('lead from a violation to the department and to the person, when the center registered them', async () => {
    const ghost: Identity = {
      subject: 'staff-drc-ghost',
      name: 'Nobody the center registered',
      roles: [Role.DEPARTMENT_REVIEWER],
      departmentCode: 'DRC',
      applicantId: null,
    };
    const refused = await hub.query(ghost, '{ drcTasks(first: 1) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_REGISTERED_STAFF');
    await hub.settle();
    const response = await hub.query(
      'supervisor',
      `{
        violations(first: 10, kind: ACT_BY_UNREGISTERED_STAFF) {
          nodes { kind person departmentCode caseId personStaff { name } department { code name } case { id } task { id } }
        }
      }`,
    );
    const nodes: any[] = response.data.violations.nodes;
    const index = nodes.findIndex((node) => node.person === ghost.subject);
    expect(nodes[index]).toEqual({
      kind: 'ACT_BY_UNREGISTERED_STAFF',
      person: ghost.subject,
      departmentCode: 'DRC',
      caseId: null,
      // not in the center's registry: null, with a typed error, and the rest of the violation
      personStaff: null,
      department: { code: 'DRC', name: expect.any(String) },
      case: null,
      task: null,
    });
    expect(
      (response.errors ?? []).map((error) => [error.path?.slice(0, 4), error.extensions?.code]),
    ).toEqual([[['violations', 'nodes', index, 'personStaff'], 'NOT_FOUND']]);
  }, 60_000);
});

describe("a case's links beside its codes", () => {
  const caseLinks = /* GraphQL */ `
    {
      myCases(first: 10) {
        nodes {
          reference
          subjectKind
          subjectCode
          subjectVersion
          subjectBundle {
            code
            name
          }
          subjectItem {
            code
            version
            name
          }
          items {
            code
            version
            item {
              code
              version
              name
            }
          }
          requirements {
            materialTypeCode
            materialType {
              code
              name
            }
          }
          licences {
            itemCode
            itemVersion
            materialTypeCode
            item {
              code
              version
            }
            materialType {
              code
              name
            }
          }
        }
      }
    }
  `;

  it('lead to the bundle or item applied for, each item version, the material types and the licences’ items', async () => {
    const response = await hub.query('applicant', caseLinks);
    expect(response.errors).toBeUndefined();
    const cases = byReference(response.data.myCases.nodes);
    expect(cases.size).toBe(2);
    for (const kase of cases.values()) {
      // Riverside's two cases are both for bundles.
      expect(kase.subjectKind).toBe('BUNDLE');
      expect(kase.subjectBundle).toEqual({ code: kase.subjectCode, name: expect.any(String) });
      expect(kase.subjectItem).toBeNull();
      expect(kase.items.length).toBeGreaterThan(0);
      for (const item of kase.items) {
        expect(item.item).toEqual({
          code: item.code,
          version: item.version,
          name: expect.any(String),
        });
      }
      expect(kase.requirements.length).toBeGreaterThan(0);
      for (const requirement of kase.requirements) {
        expect(requirement.materialType).toEqual({
          code: requirement.materialTypeCode,
          name: expect.any(String),
        });
      }
    }
  }, 60_000);

  it('lead from a case for one item to that item version, and from its licence to the item and material type', async () => {
    const response = await hub.query('coordinator', caseLinks.replace('myCases', 'cases'));
    expect(response.errors).toBeUndefined();
    const registration = response.data.cases.nodes.find((node: any) => node.subjectKind === 'ITEM');
    expect(registration.subjectBundle).toBeNull();
    expect(registration.subjectItem).toEqual({
      code: registration.subjectCode,
      version: registration.subjectVersion,
      name: expect.any(String),
    });
    expect(registration.licences.length).toBeGreaterThan(0);
    for (const licence of registration.licences) {
      expect(licence.item).toEqual({ code: licence.itemCode, version: licence.itemVersion });
      expect(licence.materialType).toEqual({
        code: licence.materialTypeCode,
        name: expect.any(String),
      });
    }
  }, 60_000);
});

it("costs the same SQL statements for one case's catalog links as for three", async () => {
  const query = /* GraphQL */ `
    query ($first: Int!) {
      cases(first: $first) {
        nodes {
          departments {
            name
          }
          items {
            item {
              name
              legalBasis
            }
          }
          requirements {
            materialType {
              name
            }
          }
        }
      }
    }
  `;
  const cost = async (first: number) => {
    let nodes: any[] = [];
    const statements = await sqlStatements.during(async () => {
      const response = await hub.query('coordinator', query, { first });
      expect(response.errors).toBeUndefined();
      nodes = response.data.cases.nodes;
    });
    return { statements, nodes };
  };
  const one = await cost(1);
  const three = await cost(3);
  expect(one.nodes).toHaveLength(1);
  expect(three.nodes).toHaveLength(3);
  expect(three.nodes.flatMap((node) => node.items).length).toBeGreaterThan(
    one.nodes[0].items.length,
  );
  expect(three.statements).toBe(one.statements);
  // approvals: the page; the center: one batched department and one batched item lookup;
  // materials: one batched material type lookup (every case has all three; which case is newest
  // among cases made at one instant of the demo clock is not fixed)
  expect(one.statements).toBe(4);
}, 60_000);

describe("the materials subgraph's links beside its ids", () => {
  it('lead from a material to its reviewer and from a licence material to its case', async () => {
    const response = await hub.query(
      'supervisor',
      `query ($id: ID!) {
        applicant(id: $id) {
          materials(first: 50) {
            nodes {
              review { reviewerSubject reviewerStaff { subject name } }
              licence { caseId case { id reference } }
            }
          }
          contentReads(first: 50) {
            nodes { caseId case { id } readerSubject readerStaff { subject } }
          }
        }
      }`,
      { id: '9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c' },
    );
    expect(response.errors).toBeUndefined();
    const { materials, contentReads } = response.data.applicant;
    const reviewed = materials.nodes.filter((node: any) => node.review);
    const licensed = materials.nodes.filter((node: any) => node.licence);
    // Green Leaf's materials were reviewed by their lead departments, and its registration's
    // licence became a material of its own.
    expect(reviewed.length).toBeGreaterThan(0);
    expect(licensed.length).toBeGreaterThan(0);
    for (const { review } of reviewed) {
      expect(review.reviewerStaff).toEqual({
        subject: review.reviewerSubject,
        name: expect.any(String),
      });
    }
    for (const { licence } of licensed) {
      expect(licence.case).toEqual({ id: licence.caseId, reference: expect.any(String) });
    }
    for (const read of contentReads.nodes) {
      expect(read.case).toEqual(read.caseId ? { id: read.caseId } : null);
      expect(read.readerStaff).toEqual({ subject: read.readerSubject });
    }
  }, 60_000);
});
