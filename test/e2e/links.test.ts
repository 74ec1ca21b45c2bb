import { Role, type Identity } from '../../services/kit';
import { startTestHub, type TestHub } from '../kit/hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ demoCases: true });
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

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
