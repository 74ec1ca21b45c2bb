import { errorCodes } from '../../kit/graphql-client';
import {
  applyAndSettle,
  departmentStaff,
  departmentStep,
  material,
  publishItem,
  startApprovalsHub,
  type ApprovalsHub,
} from './approvals-hub';

/** The fee catalog entries the center's demo data approves (see center/seed/demo-catalog). */
const registrationFee = {
  code: 'FEE-REAL-ESTATE-REG',
  name: 'Real estate registration fee (non-residential)',
  standard: 'CNY 550 per registration',
  legalBasis:
    'Notice of the NDRC and the Ministry of Finance on real estate registration fees (Fa Gai Jia Ge Gui [2016] No. 2559)',
};

let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
  await publishItem(hub, {
    code: 'TST-DRC-FEE',
    departmentCode: 'DRC',
    days: 5,
    materials: [material('PROJECT_PROPOSAL')],
    fees: [registrationFee],
  });
}, 600_000);

afterAll(async () => {
  await hub?.stop();
});

const feeCaseQuery = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      status
      acceptedAt
      feeAssessment {
        assessedAt
        fees {
          itemCode
          itemVersion
          departmentCode
          feeCode
          name
          standard
          legalBasis
        }
      }
      timeline(first: 100) {
        nodes {
          kind
          summary
        }
      }
      tasks {
        id
        department {
          code
        }
        review {
          status
          items {
            code
            fees {
              code
              standard
            }
          }
          feesCharged {
            itemCode
            feeCode
            amount
          }
          ... on DrcReview {
            licences {
              serial
            }
          }
        }
      }
    }
  }
`;

async function readFeeCase(id: string) {
  const response = await hub.query('coordinator', feeCaseQuery, { id });
  expect(response.errors).toBeUndefined();
  return response.data.case;
}

const signMutation = /* GraphQL */ `
  mutation ($taskId: ID!, $fees: [DepartmentFeeChargeInput!]) {
    drcSignTask(taskId: $taskId, fees: $fees) {
      status
      feesCharged {
        itemCode
        feeCode
        amount
      }
    }
  }
`;

async function sign(taskId: string, fees: object[] | null) {
  const response = await hub.query(departmentStaff('DRC', 'CHIEF_REPRESENTATIVE'), signMutation, {
    taskId,
    fees,
  });
  await hub.settle();
  return response;
}

async function reviewed(taskId: string) {
  for (const [step, extra] of [
    ['AcceptTask', ''],
    ['ReviewTask', ', opinion: "Complies."'],
  ]) {
    const response = await hub.query(
      departmentStaff('DRC'),
      `mutation ($taskId: ID!) { drc${step}(taskId: $taskId${extra}) { status } }`,
      { taskId },
    );
    expect(response.errors).toBeUndefined();
  }
  await hub.settle();
}

async function violationsOf(caseId: string) {
  const response = await hub.query(
    'supervisor',
    /* GraphQL */ `
      query ($caseId: String) {
        violations(caseId: $caseId, first: 100) {
          nodes {
            kind
            taskId
            person
            departmentCode
          }
        }
      }
    `,
    { caseId },
  );
  expect(response.errors).toBeUndefined();
  return response.data.violations.nodes as {
    kind: string;
    taskId: string | null;
    person: string | null;
    departmentCode: string | null;
  }[];
}

describe('point 6: each case is assessed its fees from the published fee catalog at acceptance', () => {
  it('shows the items and amounts on the case, and on the department task', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-FEE');
    const read = await readFeeCase(kase.id);
    expect(read.status).toBe('IN_PROGRESS');
    expect(read.feeAssessment).toEqual({
      assessedAt: read.acceptedAt,
      fees: [
        {
          itemCode: 'TST-DRC-FEE',
          itemVersion: 1,
          departmentCode: 'DRC',
          feeCode: registrationFee.code,
          name: registrationFee.name,
          standard: registrationFee.standard,
          legalBasis: registrationFee.legalBasis,
        },
      ],
    });
    const assessed = read.timeline.nodes.find((entry: any) => entry.kind === 'FEES_ASSESSED');
    expect(assessed.summary).toContain(
      'TST-DRC-FEE FEE-REAL-ESTATE-REG (CNY 550 per registration)',
    );
    expect(read.tasks[0].review.items).toEqual([
      {
        code: 'TST-DRC-FEE',
        fees: [{ code: registrationFee.code, standard: registrationFee.standard }],
      },
    ]);
  });

  it('assesses none for items that charge nothing', async () => {
    const kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
    const read = await readFeeCase(kase.id);
    expect(read.status).toBe('IN_PROGRESS');
    expect(read.feeAssessment.fees).toEqual([]);
    expect(read.timeline.nodes.map((entry: any) => entry.summary)).toContain(
      'Fees assessed from the fee catalog: none is charged.',
    );
  });
});

describe('point 6: a department charging outside the catalog is refused and recorded', () => {
  it('refuses a fee outside the assessment, changing nothing, and supervision records each one', async () => {
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-DRC-FEE');
    const taskId = kase.tasks[0].id;
    await reviewed(taskId);

    // In the catalog but not assessed for this item; not in the catalog at all.
    const notAssessed = await sign(taskId, [
      { itemCode: 'TST-DRC-FEE', feeCode: 'FEE-CERTIFICATE', amount: '10' },
    ]);
    expect(errorCodes(notAssessed)).toEqual(['FEE_OUTSIDE_CATALOG']);
    expect(notAssessed.errors![0].extensions!.details).toMatchObject({
      outside: [{ itemCode: 'TST-DRC-FEE', feeCode: 'FEE-CERTIFICATE', amount: '10' }],
      assessed: [{ itemCode: 'TST-DRC-FEE', feeCode: 'FEE-REAL-ESTATE-REG' }],
    });
    const invented = await sign(taskId, [
      { itemCode: 'TST-DRC-FEE', feeCode: 'FEE-REAL-ESTATE-REG', amount: '550.00' },
      { itemCode: 'TST-DRC-FEE', feeCode: 'FEE-SITE-VISIT', amount: '200' },
    ]);
    expect(errorCodes(invented)).toEqual(['FEE_OUTSIDE_CATALOG']);
    // Malformed amounts are bad input, and nobody's violation.
    expect(
      errorCodes(
        await sign(taskId, [
          { itemCode: 'TST-DRC-FEE', feeCode: 'FEE-REAL-ESTATE-REG', amount: '-5' },
        ]),
      ),
    ).toEqual(['BAD_USER_INPUT']);

    const refused = await readFeeCase(kase.id);
    expect(refused.status).toBe('IN_PROGRESS');
    expect(refused.tasks[0].review).toMatchObject({
      status: 'REVIEWED',
      feesCharged: [],
      licences: [],
    });
    const violations = await violationsOf(kase.id);
    expect(violations).toEqual([
      {
        kind: 'FEE_OUTSIDE_CATALOG',
        taskId,
        person: 'staff-drc-chief',
        departmentCode: 'DRC',
      },
      {
        kind: 'FEE_OUTSIDE_CATALOG',
        taskId,
        person: 'staff-drc-chief',
        departmentCode: 'DRC',
      },
    ]);

    // The assessed fee is charged: signed, shown, delivered, and no violation for it.
    const signed = await sign(taskId, [
      { itemCode: 'TST-DRC-FEE', feeCode: 'FEE-REAL-ESTATE-REG', amount: '550.00' },
    ]);
    expect(signed.errors).toBeUndefined();
    expect(signed.data.drcSignTask).toEqual({
      status: 'APPROVED',
      feesCharged: [{ itemCode: 'TST-DRC-FEE', feeCode: 'FEE-REAL-ESTATE-REG', amount: '550.00' }],
    });
    const done = await readFeeCase(kase.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.tasks[0].review.feesCharged).toEqual([
      { itemCode: 'TST-DRC-FEE', feeCode: 'FEE-REAL-ESTATE-REG', amount: '550.00' },
    ]);
    expect(await violationsOf(kase.id)).toHaveLength(2);
  }, 600_000);

  it('records a sign-off that carries a fee outside the catalog all the same', async () => {
    // A department subgraph that skipped its check: supervision judges the sign-off event itself.
    const kase = await applyAndSettle(hub, 'ITEM', 'TST-AMR-1');
    const task = kase.tasks[0];
    const at = '2026-11-30T03:00:00Z';
    await departmentStep(hub, task, kase.id, 'accepted', { at });
    await departmentStep(hub, task, kase.id, 'reviewed', { at, opinion: 'Conforms.' });
    await departmentStep(hub, task, kase.id, 'approved', {
      at,
      by: 'staff-amr-chief',
      licences: [],
      fees: [{ itemCode: 'TST-AMR-1', feeCode: 'FEE-SURVEY-CHECK', amount: '120.00' }],
    });
    await hub.settle();
    expect(await violationsOf(kase.id)).toEqual([
      {
        kind: 'FEE_OUTSIDE_CATALOG',
        taskId: task.id,
        person: 'staff-amr-chief',
        departmentCode: 'AMR',
      },
    ]);
  }, 600_000);
});
