import { startTestHub, type TestHub } from '../../kit/hub';
import { staff } from './department-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ demoCases: true });
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

const amrReviewer = staff('AMR', 'reviewer');

const linkedDesk = /* GraphQL */ `
  {
    amrTasks(first: 10) {
      nodes {
        id
        caseId
        caseReference
        applicantId
        materialTypeCodes
        acceptedBy
        reviewedBy
        decidedBy
        case {
          id
          reference
          status
        }
        applicant {
          id
          name
        }
        materialTypes {
          code
          name
        }
        acceptedByStaff {
          subject
          name
          duty
        }
        reviewedByStaff {
          subject
          name
        }
        decidedByStaff {
          subject
          name
          duty
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
        timeline {
          by
          byStaff {
            subject
          }
        }
        licence {
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

describe("a department review's links beside its ids", () => {
  it('lead, through the gateway, to the case, the applicant, the material types and the staff the ids name', async () => {
    const response = await hub.query(amrReviewer, linkedDesk);
    expect(response.errors).toBeUndefined();
    const nodes: any[] = response.data.amrTasks.nodes;
    // Green Leaf's registration and Riverside's business opening, both decided by the AMR.
    expect(nodes).toHaveLength(2);
    const cases = await hub.query(
      'coordinator',
      '{ cases(first: 10) { nodes { id reference applicant { id name } } } }',
    );
    const caseById = new Map(cases.data.cases.nodes.map((kase: any) => [kase.id, kase]));
    for (const node of nodes) {
      const kase: any = caseById.get(node.caseId);
      expect(node.case).toEqual({
        id: node.caseId,
        reference: node.caseReference,
        status: expect.any(String),
      });
      expect(node.applicant).toEqual({ id: node.applicantId, name: kase.applicant.name });
      expect(node.materialTypes.map((type: any) => type.code)).toEqual(node.materialTypeCodes);
      for (const type of node.materialTypes) expect(type.name).toEqual(expect.any(String));
      expect(node.acceptedByStaff).toEqual({
        subject: node.acceptedBy,
        name: expect.any(String),
        duty: 'DEPARTMENT_REVIEWER',
      });
      expect(node.acceptedBy).toBe('staff-amr-reviewer');
      expect(node.reviewedByStaff).toEqual({ subject: node.reviewedBy, name: expect.any(String) });
      expect(node.decidedByStaff).toEqual({
        subject: 'staff-amr-chief',
        name: expect.any(String),
        duty: 'CHIEF_REPRESENTATIVE',
      });
    }
    expect(new Set(nodes.map((node) => node.applicant.name)).size).toBe(2);
    for (const node of nodes) {
      for (const item of node.items) {
        expect(item.item).toEqual({
          code: item.code,
          version: item.version,
          name: expect.any(String),
        });
      }
      expect(node.timeline.length).toBeGreaterThan(0);
      for (const step of node.timeline) {
        expect(step.byStaff).toEqual(step.by ? { subject: step.by } : null);
      }
      const { licence } = node;
      expect(licence.item).toEqual({ code: licence.itemCode, version: licence.itemVersion });
      expect(licence.materialType).toEqual({
        code: licence.materialTypeCode,
        name: expect.any(String),
      });
    }
  }, 60_000);

  it('are null, with a typed error, where the caller may not see the object, and the rest of the answer stands', async () => {
    // The applicant sees its own case and applicant record, but not the registry's staff.
    const response = await hub.query(
      'applicant',
      `{
        myCases(first: 10) {
          nodes {
            reference
            tasks {
              status
              review {
                ... on DepartmentReview {
                  caseReference
                  case { reference }
                  applicant { id }
                  materialTypes { code }
                  acceptedBy
                  acceptedByStaff { name }
                }
              }
            }
          }
        }
      }`,
    );
    const business = response.data.myCases.nodes.find((node: any) => node.tasks.length > 0) as any;
    expect(business.tasks.map((task: any) => task.status).sort()).toEqual(['APPROVED', 'OPEN']);
    const forbiddenPaths: unknown[] = [];
    const cases = response.data.myCases.nodes;
    cases.forEach((kase: any, caseIndex: number) =>
      kase.tasks.forEach((task: any, taskIndex: number) => {
        const { review } = task;
        expect(review.case).toEqual({ reference: kase.reference });
        expect(review.applicant).toEqual({ id: '50e2c72a-81d3-42af-a59c-b3c9e16dd83f' });
        expect(review.materialTypes.length).toBeGreaterThan(0);
        expect(review.acceptedByStaff).toBeNull();
        if (review.acceptedBy) {
          forbiddenPaths.push([
            'myCases',
            'nodes',
            caseIndex,
            'tasks',
            taskIndex,
            'review',
            'acceptedByStaff',
          ]);
        }
      }),
    );
    // The approved task was accepted by someone the applicant may not look up; the open one by nobody.
    expect(forbiddenPaths).toHaveLength(1);
    // The gateway names the field the refused object was asked for, under the link.
    expect(
      (response.errors ?? []).map((error) => [error.path?.slice(0, 7), error.extensions?.code]),
    ).toEqual(forbiddenPaths.map((path) => [path, 'FORBIDDEN']));
    expect(response.errors?.[0]?.message).toMatch(/working in the hub/);
  }, 60_000);

  it('answer the rest of the review while the center is down, the staff null with an error', async () => {
    await hub.subgraph('center').stop();
    const response = await hub.query(amrReviewer, linkedDesk);
    const nodes: any[] = response.data.amrTasks.nodes;
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      expect(node.case.reference).toBe(node.caseReference);
      expect(node.applicant.id).toBe(node.applicantId);
      expect(node.acceptedByStaff).toBeNull();
      expect(node.reviewedByStaff).toBeNull();
      expect(node.decidedByStaff).toBeNull();
    }
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors ?? []) {
      expect(error.extensions?.code).toBe('DOWNSTREAM_SERVICE_ERROR');
    }
  }, 60_000);
});

describe('a review its department does not have', () => {
  it('is null with NOT_FOUND, the rest of the case standing, never an untyped error', async () => {
    const tasksOf = `{ cases(first: 5) { nodes { reference tasks { id department { code } review { id status } } } } }`;
    const before = await hub.query('coordinator', tasksOf);
    const tasks = before.data.cases.nodes.flatMap(
      (kase: { tasks: { id: string; department: { code: string } }[] }) => kase.tasks,
    );
    const eebTask = tasks.find(
      (task: { department: { code: string } }) => task.department.code === 'EEB',
    );
    // As it stands between the case's acceptance and the department receiving the task.
    const eeb = hub.subgraph('department_eeb').orm.em.getConnection();
    await eeb.execute('delete from department_task_step where task_id = ?', [eebTask.id]);
    await eeb.execute('delete from department_task where id = ?', [eebTask.id]);

    const after = await hub.query('coordinator', tasksOf);
    const found = after.data.cases.nodes
      .flatMap((kase: { tasks: { id: string; review: unknown }[] }) => kase.tasks)
      .find((task: { id: string }) => task.id === eebTask.id);
    expect(found.review).toBeNull();
    expect(after.data.cases.nodes.map((kase: { reference: string }) => kase.reference)).toEqual(
      before.data.cases.nodes.map((kase: { reference: string }) => kase.reference),
    );
    expect((after.errors ?? []).map((error) => [error.extensions?.code, error.message])).toEqual([
      ['NOT_FOUND', `EebReview ${eebTask.id} does not exist.`],
    ]);
  }, 60_000);
});
