import type { Identity } from '../../../services/kit';
import { Role } from '../../../services/kit';
import { departmentCodes } from '../../../services/departments/codes';
import { applyAndSettle, startApprovalsHub, type ApprovalsHub } from './approvals-hub';

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

/** The one fragment a review desk selects, whatever the department. */
const deskReview = /* GraphQL */ `
  fragment DeskReview on DepartmentReview {
    __typename
    id
    caseReference
    status
    deadlineOn
    items {
      code
      name
    }
    timeline {
      kind
    }
    licence {
      serial
    }
  }
`;

const caseReviews = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      reference
      tasks {
        id
        department {
          code
        }
        review {
          ...DeskReview
          ... on DrcReview {
            project {
              projectCode
            }
          }
        }
      }
    }
  }
  ${deskReview}
`;

const reviewer = (departmentCode: string): Identity => ({
  subject: `staff-${departmentCode.toLowerCase()}-reviewer`,
  name: `${departmentCode} reviewer`,
  roles: [Role.DEPARTMENT_REVIEWER],
  departmentCode,
  applicantId: null,
});

it('serves every department the same DepartmentReview fields through Task.review, with its own beside them', async () => {
  const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-ALL');
  const response = await hub.query('coordinator', caseReviews, { id: kase.id });
  expect(response.errors).toBeUndefined();
  const tasks = response.data.case.tasks;
  expect(tasks.map((task: any) => task.department.code).sort()).toEqual(
    [...departmentCodes].sort(),
  );
  for (const task of tasks) {
    expect(task.review).toMatchObject({
      __typename: `${task.department.code.charAt(0)}${task.department.code.slice(1).toLowerCase()}Review`,
      id: task.id,
      caseReference: response.data.case.reference,
      status: 'OPEN',
      deadlineOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      timeline: [{ kind: 'OPENED' }],
      licence: null,
    });
    expect(task.review.items.length).toBeGreaterThan(0);
  }
  expect(tasks.find((task: any) => task.department.code === 'DRC').review.project).toBeNull();
}, 120_000);

it('answers a workflow mutation with a type the same fragment selects', async () => {
  const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-ALL');
  for (const task of kase.tasks) {
    const code = task.department.code;
    const response = await hub.query(
      reviewer(code),
      `mutation ($taskId: ID!) { ${code.toLowerCase()}AcceptTask(taskId: $taskId) { ...DeskReview } } ${deskReview}`,
      { taskId: task.id },
    );
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data)[0]).toMatchObject({ id: task.id, status: 'ACCEPTED' });
  }
}, 120_000);
