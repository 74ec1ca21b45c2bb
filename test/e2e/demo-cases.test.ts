import { boardQuery } from '../../operations/board';
import { seedDemoCases } from '../../scripts/demo-cases';
import { startTestHub, type TestHub } from '../kit/hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ demoCases: true });
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

const caseQuery = /* GraphQL */ `
  {
    cases(first: 10) {
      totalCount
      nodes {
        title
        status
        calendarWaitingYear
        deadlineOn
        tasks {
          id
          status
          deadlineOn
          department {
            code
          }
          clock {
            deadlineOn
          }
          licence {
            serial
            signatureValid
          }
        }
      }
    }
  }
`;

const byTitle = (nodes: { title: string }[], start: string): any =>
  nodes.find((node) => node.title.startsWith(start));

describe('the demo cases npm start makes', () => {
  it('are made through the graph: one licensed, one in progress, one waiting for 2027', async () => {
    const response = await hub.query('coordinator', caseQuery);
    expect(response.errors).toBeUndefined();
    const { nodes, totalCount } = response.data.cases;
    expect(totalCount).toBe(3);
    const registration = byTitle(nodes, 'Green Leaf');
    expect(registration.status).toBe('COMPLETED');
    expect(registration.tasks).toEqual([
      expect.objectContaining({
        status: 'APPROVED',
        department: { code: 'AMR' },
        licence: { serial: expect.any(String), signatureValid: true },
      }),
    ]);
    const business = byTitle(nodes, 'Riverside logistics canteen');
    expect(business.status).toBe('IN_PROGRESS');
    expect(business.tasks.map((task: any) => [task.department.code, task.status]).sort()).toEqual([
      ['AMR', 'APPROVED'],
      ['EEB', 'OPEN'],
    ]);
    for (const task of [...registration.tasks, ...business.tasks]) {
      expect(task.clock.deadlineOn).toBe(task.deadlineOn);
    }
    const construction = byTitle(nodes, 'Riverside logistics warehouse');
    expect(construction).toMatchObject({
      status: 'SUBMITTED',
      calendarWaitingYear: 2027,
      tasks: [],
    });
  });

  it('show on the coordinator board and on every department desk, as real cases do', async () => {
    const board = await hub.query('coordinator', boardQuery, { first: 10 });
    expect(board.errors).toBeUndefined();
    expect(
      board.data.supervisedCases.nodes.map((node: any) => [node.status, node.departmentCodes]),
    ).toEqual(
      expect.arrayContaining([
        ['COMPLETED', ['AMR']],
        ['IN_PROGRESS', ['AMR', 'EEB']],
      ]),
    );
    const cases = (await hub.query('coordinator', caseQuery)).data.cases.nodes;
    for (const task of cases.flatMap((kase: any) => kase.tasks)) {
      const code = task.department.code.toLowerCase();
      const desk = await hub.query(
        'coordinator',
        `query ($id: ID!) { task: ${code}Task(id: $id) { status caseReference } }`,
        { id: task.id },
      );
      expect(desk.errors).toBeUndefined();
      expect(desk.data.task.status).toBe(task.status);
    }
  });

  it('are made once: a second start leaves them as they are', async () => {
    await seedDemoCases(hub.gatewayUrl);
    const response = await hub.query('coordinator', caseQuery);
    expect(response.data.cases.totalCount).toBe(3);
  });
});
