import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { Role, type Identity } from '../../services/kit';
import { startTestHub, type TestHub } from '../kit/hub';
import { errorCodes, type GraphQLResponse } from '../kit/graphql-client';
import { demoApplicantId, pdf, upload } from '../e2e/materials/materials-hub';
import { itemInput } from '../e2e/center/center-test-kit';

/**
 * One rule at every door: every mutation a department's staff can call, in every subgraph,
 * refuses a person the center never registered, a person whose work permit expired and one whose
 * permit was revoked, with the same code everywhere, and each refusal is recorded by supervision.
 *
 * The list is the composed schema's: a mutation added to any subgraph fails this test until it
 * is listed below, either as a staff mutation (with the role that calls it) or as an exception
 * with the reason no staff member can call it (which is then proven too).
 */

const supergraph = buildSchema(
  readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
);

type Mutation = GraphQLField<unknown, unknown>;
const mutations: Mutation[] = Object.values(supergraph.getMutationType()!.getFields());

/** The subgraph that serves a mutation, from its `@join__field(graph: ...)`. */
function subgraphOf(mutation: Mutation): string {
  const join = mutation.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  if (graph?.kind !== 'EnumValue') throw new Error(`${mutation.name} names no subgraph.`);
  return graph.value;
}

const departmentCodes = [
  ...new Set(
    mutations
      .map(subgraphOf)
      .filter((graph) => graph.startsWith('DEPARTMENT_'))
      .map((graph) => graph.slice('DEPARTMENT_'.length)),
  ),
].sort();

/** A section of each department, for registering its staff. */
const sectionOf: Record<string, string> = {
  AMR: 'AMR-REG',
  DRC: 'DRC-INVEST',
  EEB: 'EEB-EIA',
  HCB: 'HCB-PERMIT',
  NRP: 'NRP-PLANNING',
};

type Duty = Role.WINDOW_CLERK | Role.DEPARTMENT_REVIEWER | Role.CHIEF_REPRESENTATIVE;

interface StaffMutation {
  /** The department role that calls it. */
  duty: Duty;
  /** The department the caller acts for (the mutation's own, for a department's subgraph). */
  departmentCode: string;
  /** Arguments that pass every check but the registry's (the rest are filled in from types). */
  values?: Record<string, unknown>;
  /** For a mutation the JSON client cannot send (a file upload). */
  send?: (hub: TestHub, caller: Identity) => Promise<GraphQLResponse>;
}

/** What each department's workflow mutations are, by their name after the department's prefix. */
const departmentStep: Record<string, Omit<StaffMutation, 'departmentCode'>> = {
  AcceptTask: { duty: Role.DEPARTMENT_REVIEWER },
  ReviewTask: { duty: Role.DEPARTMENT_REVIEWER, values: { opinion: 'Complies.' } },
  RecordMeeting: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: { heldOn: '2026-11-20', minutes: 'Agreed.' },
  },
  RequestSupplement: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: { requests: [{ materialTypeCode: 'SITE_PLAN', reason: 'Illegible.' }] },
  },
  RejectTask: { duty: Role.DEPARTMENT_REVIEWER, values: { reasons: ['Not eligible.'] } },
  ReturnTask: { duty: Role.CHIEF_REPRESENTATIVE, values: { reasons: ['Review the figures.'] } },
  // Fees charged are checked against the case's assessment, a check of its own.
  SignTask: { duty: Role.CHIEF_REPRESENTATIVE, values: { fees: [] } },
  RenewSeal: { duty: Role.CHIEF_REPRESENTATIVE },
  // Each department's own details of a task, recorded by its reviewers.
  RecordProject: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: {
      project: {
        projectCode: '2026-330100-44-01-000123',
        totalInvestment: '1200.50',
        procedure: 'FILING',
      },
    },
  },
  RecordAssessment: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: { assessment: { impactCategory: 'REPORT_FORM', conclusion: 'Acceptable.' } },
  },
  RecordConstructionScale: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: { scale: { floorArea: '43200.00', storeys: 6, structureType: 'FRAME' } },
  },
  RecordPlanning: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: { planning: { landArea: '12000.00', plotRatio: '2.5', landUseCategory: 'COMMERCIAL' } },
  },
  RecordRegistration: {
    duty: Role.DEPARTMENT_REVIEWER,
    values: { registration: { registeredCapital: '500.00', businessScope: 'Cold chain.' } },
  },
};

/** Staff mutations outside the departments' subgraphs. */
const hubStaffMutations: Record<string, StaffMutation> = {
  applyAtWindow: {
    duty: Role.WINDOW_CLERK,
    departmentCode: 'DRC',
    values: {
      input: {
        subjectKind: 'ITEM',
        subjectCode: 'DRC-001',
        title: 'Window application',
        idempotencyKey: 'staff-mutations',
        applicantId: demoApplicantId,
      },
    },
  },
  proposeItem: {
    duty: Role.DEPARTMENT_REVIEWER,
    departmentCode: 'DRC',
    values: { input: itemInput({ code: 'DRC-T90' }) },
  },
  amendItem: {
    duty: Role.DEPARTMENT_REVIEWER,
    departmentCode: 'DRC',
    values: { input: itemInput({ code: 'DRC-001' }) },
  },
  registerApplicant: {
    duty: Role.WINDOW_CLERK,
    departmentCode: 'DRC',
    values: {
      input: { kind: 'ENTERPRISE', name: 'Eastbank Co., Ltd.', identifier: '91320508MA20TEA1XY' },
    },
  },
  uploadMaterial: {
    duty: Role.WINDOW_CLERK,
    departmentCode: 'DRC',
    send: (hub, caller) =>
      upload(hub, caller, {
        applicantId: demoApplicantId,
        materialTypeCode: 'SITE_PLAN',
        bytes: pdf('site plan'),
      }),
  },
  reviewMaterial: {
    duty: Role.DEPARTMENT_REVIEWER,
    departmentCode: 'DRC',
    values: { input: { materialId: randomUUID(), decision: 'VERIFIED', problems: [] } },
  },
  closeFollowUp: {
    duty: Role.DEPARTMENT_REVIEWER,
    departmentCode: 'DRC',
    values: { response: 'We called the applicant back.' },
  },
};

/** Mutations no member of a department's staff can call, and why. */
const notForStaff: Record<string, string> = {
  applyOnline: "the applicant's own act, from the applicant's account",
  withdrawCase: "the applicant's own act",
  supplySupplement: "the applicant's own act",
  rateCase: "the applicant's own rating of the service",
  publishBundle: "the center's officers publish the catalog; they keep the registry, not in it",
  setCalendarYear: "the center's officers keep the calendar",
  authorizeChiefRepresentative: "the center's officers authorize chief representatives",
  revokeChiefRepresentative: "the center's officers revoke chief representatives",
  proposeFeeEntry: "the center's officers enter fees for the fee auditor",
  approveFeeEntry: "the fee auditor's decision on the fee catalog",
  withdrawFeeEntry: "the fee auditor's decision on the fee catalog",
  approveItem: "the legal office's review of the power list",
  returnItem: "the legal office's review of the power list",
  publishItem: "the center's officers publish the catalog",
  registerSeal: "the center's officers keep the seal registry",
  revokeSeal: "the center's officers keep the seal registry",
  createDepartment: "the center's officers admit departments to the hub",
  createMaterialType: "the center's officers add the material types items may require",
  createSection: "the center's officers organize the departments' sections",
  registerStaff: "the center's officers keep the staff registry itself",
  issueWorkPermit: "the center's officers issue work permits",
  revokeWorkPermit: "the center's officers revoke work permits",
  recordTraining: "the center's officers train staff",
  recordEvaluation: "the center's officers evaluate staff",
  createWindow: "the center's officers open windows",
  retryParkedEvent: 'the operators of event delivery (supervisor, center admin)',
  setYellowWarningThreshold: "the center's officers set supervision's warning threshold",
  recordCommitmentException: "the center's officers record a documented exception to a commitment",
};

/** Every staff mutation of the composed schema, with what it takes. */
function staffMutation(mutation: Mutation): StaffMutation | undefined {
  const graph = subgraphOf(mutation);
  if (graph.startsWith('DEPARTMENT_')) {
    const code = graph.slice('DEPARTMENT_'.length);
    const prefix = code.toLowerCase();
    if (!mutation.name.startsWith(prefix)) return undefined;
    const step = departmentStep[mutation.name.slice(prefix.length)];
    return step && { ...step, departmentCode: code };
  }
  return hubStaffMutations[mutation.name];
}

/** A value of an input type: UUIDs for ids, the first of an enum, every required field. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2026-11-30T02:00:00.000Z';
    case 'Date':
      return '2026-11-30';
    default:
      return `sample ${name}`;
  }
}

/** The mutation as one operation, its arguments as variables. */
function operation(mutation: Mutation, values: Record<string, unknown> = {}) {
  const args = mutation.args;
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(mutation.type)) ? '{ __typename }' : '';
  return {
    query: `mutation${declared ? `(${declared})` : ''} { ${mutation.name}${passed ? `(${passed})` : ''} ${selection} }`,
    variables: Object.fromEntries(
      args.map((arg) => [
        arg.name,
        arg.name in values ? values[arg.name] : sample(arg.type, arg.name),
      ]),
    ),
  };
}

const person = (subject: string, duty: Duty, departmentCode: string): Identity => ({
  subject,
  name: subject,
  roles: [duty],
  departmentCode,
  applicantId: null,
});

const dutyName: Record<Duty, string> = {
  [Role.WINDOW_CLERK]: 'clerk',
  [Role.DEPARTMENT_REVIEWER]: 'reviewer',
  [Role.CHIEF_REPRESENTATIVE]: 'chief',
};

/** The three people who must be refused, for a department and a role. */
function refusedPeople(duty: Duty, departmentCode: string) {
  const base = `${departmentCode.toLowerCase()}-${dutyName[duty]}`;
  return {
    unregistered: person(`ghost-${base}`, duty, departmentCode),
    expired: person(`expired-${base}`, duty, departmentCode),
    revoked: person(`revoked-${base}`, duty, departmentCode),
  };
}

/** Which code each of them is refused with, in every subgraph. */
const expectedCode = {
  unregistered: 'NOT_REGISTERED_STAFF',
  expired: 'PERMIT_INVALID',
  revoked: 'PERMIT_INVALID',
} as const;

let hub: TestHub;

async function ok(
  caller: Identity | 'centerAdmin',
  query: string,
  variables: Record<string, unknown>,
) {
  const response = await hub.query(caller, query, variables);
  expect(response.errors).toBeUndefined();
}

/** Registers the expired and revoked people of a department and role with the center. */
async function registerRefusedPeople(duty: Duty, departmentCode: string) {
  const { expired, revoked } = refusedPeople(duty, departmentCode);
  const register = `mutation ($input: RegisterStaffInput!) { registerStaff(input: $input) { subject } }`;
  const issue = `mutation ($input: IssueWorkPermitInput!) { issueWorkPermit(input: $input) { number } }`;
  for (const someone of [expired, revoked]) {
    await ok('centerAdmin', register, {
      input: {
        subject: someone.subject,
        name: `Test ${someone.subject}`,
        departmentCode,
        sectionCode: sectionOf[departmentCode],
        duty,
      },
    });
  }
  await ok('centerAdmin', issue, {
    input: {
      subject: expired.subject,
      number: `WP-${expired.subject}`,
      issuedOn: '2020-01-01',
      expiresOn: '2020-12-31',
    },
  });
  await ok('centerAdmin', issue, {
    input: {
      subject: revoked.subject,
      number: `WP-${revoked.subject}`,
      issuedOn: '2026-01-01',
      expiresOn: '2099-12-31',
    },
  });
  await ok(
    'centerAdmin',
    `mutation ($number: ID!) { revokeWorkPermit(number: $number, reason: "Left.") { number } }`,
    { number: `WP-${revoked.subject}` },
  );
}

async function refusalsRecordedFor(subject: string): Promise<number> {
  const [row] = await hub
    .subgraph('center')
    .orm.em.fork()
    .getConnection()
    .execute(
      `select count(*)::int as n from events.event
        where topic = 'staff.act.refused' and payload->>'subject' = ?`,
      [subject],
    );
  return row.n;
}

const listed = mutations.map((mutation) => ({ mutation, staff: staffMutation(mutation) }));
const staffMutations = listed.filter(({ staff }) => staff) as {
  mutation: Mutation;
  staff: StaffMutation;
}[];

beforeAll(async () => {
  hub = await startTestHub();
  const pairs = new Set(staffMutations.map(({ staff }) => `${staff.duty}|${staff.departmentCode}`));
  for (const pair of pairs) {
    const [duty, departmentCode] = pair.split('|') as [Duty, string];
    await registerRefusedPeople(duty, departmentCode);
  }
  // Every subgraph learns the registry from the center's events.
  await hub.settle();
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

describe('the mutations a staff member can call', () => {
  it('are every mutation of the composed schema but the listed exceptions', () => {
    expect(departmentCodes.length).toBeGreaterThanOrEqual(5);
    const unclassified = listed
      .filter(({ mutation, staff }) => !staff && !(mutation.name in notForStaff))
      .map(({ mutation }) => `${mutation.name} (${subgraphOf(mutation)})`);
    expect(unclassified).toEqual([]);
    const both = staffMutations.filter(({ mutation }) => mutation.name in notForStaff);
    expect(both).toEqual([]);
    // Exceptions name mutations that exist, and every department has its whole workflow.
    const names = new Set(mutations.map((mutation) => mutation.name));
    expect(Object.keys(notForStaff).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(hubStaffMutations).filter((name) => !names.has(name))).toEqual([]);
    for (const code of departmentCodes) {
      const prefix = code.toLowerCase();
      for (const step of ['AcceptTask', 'ReviewTask', 'RejectTask', 'ReturnTask', 'SignTask']) {
        expect(names).toContain(`${prefix}${step}`);
      }
    }
    // Every subgraph with staff mutations is covered.
    expect(new Set(staffMutations.map(({ mutation }) => subgraphOf(mutation)))).toEqual(
      new Set([
        'APPROVALS',
        'CENTER',
        'MATERIALS',
        'SUPERVISION',
        ...departmentCodes.map((c) => `DEPARTMENT_${c}`),
      ]),
    );
  });

  it('refuse an unregistered person, an expired permit and a revoked permit, with one code each, through the gateway, each refusal recorded', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const { mutation, staff } of staffMutations) {
      const people = refusedPeople(staff.duty, staff.departmentCode);
      for (const which of ['unregistered', 'expired', 'revoked'] as const) {
        const caller = people[which];
        const before = await refusalsRecordedFor(caller.subject!);
        let response: GraphQLResponse;
        if (staff.send) response = await staff.send(hub, caller);
        else {
          const { query, variables } = operation(mutation, staff.values);
          response = await hub.query(caller, query, variables);
        }
        const data = (response.data ?? {}) as Record<string, unknown>;
        expect(data[mutation.name] ?? null).toBeNull();
        const recorded = (await refusalsRecordedFor(caller.subject!)) - before;
        outcomes.push(
          `${mutation.name} ${which}: ${errorCodes(response).join(',')} recorded ${recorded}`,
        );
        expected.push(`${mutation.name} ${which}: ${expectedCode[which]} recorded 1`);
      }
    }
    expect(outcomes).toEqual(expected);

    // Supervision records each refusal as the violation it is.
    await hub.settle();
    const violations = await hub
      .subgraph('supervision')
      .orm.em.fork()
      .getConnection()
      .execute<{ kind: string; n: number }[]>(
        `select kind::text as kind, count(*)::int as n from violation
          where person like 'ghost-%' or person like 'expired-%' or person like 'revoked-%'
          group by kind order by kind`,
      );
    expect(Object.fromEntries(violations.map((row) => [row.kind, row.n]))).toEqual({
      ACT_BY_UNREGISTERED_STAFF: staffMutations.length,
      ACT_WITHOUT_PERMIT: staffMutations.length * 2,
    });
  }, 600_000);

  it('leave out only mutations no registered, certified member of staff may call', async () => {
    // The demo staff are registered and certified: the exceptions refuse them all the same.
    const outcomes: string[] = [];
    for (const mutation of mutations.filter((m) => m.name in notForStaff)) {
      for (const caller of ['windowClerk', 'departmentReviewer', 'chiefRepresentative'] as const) {
        const { query, variables } = operation(mutation);
        const response = await hub.query(caller, query, variables);
        const codes = errorCodes(response);
        const refused =
          codes.length === 1 &&
          ['FORBIDDEN', 'FEE_AUDITOR_ONLY', 'LEGAL_OFFICE_ONLY'].includes(codes[0]);
        outcomes.push(
          `${mutation.name} ${caller}: ${refused ? 'refused' : codes.join(',') || 'accepted'}`,
        );
      }
    }
    expect(outcomes.filter((outcome) => !outcome.endsWith(': refused'))).toEqual([]);
  }, 300_000);
});
