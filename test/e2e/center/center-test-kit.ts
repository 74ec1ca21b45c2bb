import { Role, type Identity } from '../../../services/kit';
import type { TestHub } from '../../kit/hub';
import { notRefusalRecord } from '../../kit/refusal-records';

const centerTables = [
  'department',
  'section',
  'service_window',
  'fee_entry',
  'item',
  'item_material',
  'item_fee',
  'bundle',
  'staff_member',
  'work_permit',
  'training',
  'evaluation',
  'chief_representative',
  'seal',
  'calendar_day',
];

/**
 * A fingerprint of every center table and of the event log, to prove a refusal wrote nothing.
 * A refusal of a staff member's act is itself recorded for supervision (`staff.act.refused`, in
 * a transaction of its own): that record is the one write a refusal makes, so it is left out of
 * the fingerprint and checked on its own by `refusedWithoutChange`.
 */
export async function centerState(hub: TestHub): Promise<Record<string, string>> {
  const connection = hub.subgraph('center').orm.em.getConnection();
  const state: Record<string, string> = {};
  const sources = [
    ...centerTables.map((t) => [`center.${t}`, `center.${t}`]),
    ['events.event', `(select * from events.event where ${notRefusalRecord})`],
  ];
  for (const [name, source] of sources) {
    const [row] = await connection.execute(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as digest from ${source} t`,
    );
    state[name] = row.digest;
  }
  return state;
}

/** Refusals recorded for supervision, newest last. */
async function refusalsRecorded(hub: TestHub): Promise<{ subject: string; code: string }[]> {
  return hub
    .subgraph('center')
    .orm.em.getConnection()
    .execute(
      `select payload->>'subject' as subject, payload->>'code' as code from events.event
        where topic = 'staff.act.refused' order by transaction_id, position`,
    );
}

/**
 * Runs a request that must be refused and checks the database did not change: no center table,
 * no event but, when the refusal is of a staff member's act, the one `staff.act.refused` record
 * of it, naming the refused code.
 */
export async function refusedWithoutChange(
  hub: TestHub,
  request: () => ReturnType<TestHub['query']>,
): Promise<string[]> {
  const before = await centerState(hub);
  const refusalsBefore = (await refusalsRecorded(hub)).length;
  const response = await request();
  const data = (response.data ?? {}) as Record<string, unknown>;
  expect(Object.values(data).every((value) => value === null)).toBe(true);
  expect(await centerState(hub)).toEqual(before);
  expect(JSON.stringify(response.errors)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  const recorded = (await refusalsRecorded(hub)).slice(refusalsBefore);
  expect(recorded.length).toBeLessThanOrEqual(1);
  for (const refusal of recorded) expect(codes).toContain(refusal.code);
  return codes;
}

export function staffOf(departmentCode: string, duty: 'clerk' | 'reviewer' | 'chief'): Identity {
  const roles = {
    clerk: Role.WINDOW_CLERK,
    reviewer: Role.DEPARTMENT_REVIEWER,
    chief: Role.CHIEF_REPRESENTATIVE,
  };
  return {
    subject: `staff-${departmentCode.toLowerCase()}-${duty}`,
    name: `${departmentCode} ${duty}`,
    roles: [roles[duty]],
    departmentCode,
    applicantId: null,
  };
}

export const steps3 = [
  { kind: 'ACCEPT', name: 'Accept at the window' },
  { kind: 'REVIEW', name: 'Review' },
  { kind: 'SIGN', name: 'Sign' },
];

export function itemInput(overrides: Record<string, unknown> = {}) {
  return {
    code: 'DRC-T01',
    sectionCode: 'DRC-INVEST',
    name: 'Approval of a test investment project',
    kind: 'LICENCE',
    legalBasis: 'Test Regulations, Article 1',
    statutoryLimitDays: 20,
    promisedLimitDays: 10,
    steps: steps3,
    joint: false,
    meetingBeforeSign: false,
    materials: [
      { materialTypeCode: 'BUSINESS_LICENCE', core: true, mayBeMissingAtAcceptance: false },
      { materialTypeCode: 'SITE_PLAN', core: false, mayBeMissingAtAcceptance: true },
    ],
    feeCodes: [],
    ...overrides,
  };
}

export const itemFields = /* GraphQL */ `
  code
  version
  status
  name
  promisedLimitDays
  statutoryLimitDays
  returnReasons
  steps { kind name }
  department { code }
  section { code name }
  materials { core mayBeMissingAtAcceptance materialType { code } }
  fees { code name standard legalBasis }
`;

export const proposeItem = `mutation ($input: ItemInput!) { proposeItem(input: $input) { ${itemFields} } }`;
export const amendItem = `mutation ($input: ItemInput!) { amendItem(input: $input) { ${itemFields} } }`;
export const approveItem = `mutation ($code: ID!, $version: Int!) { approveItem(code: $code, version: $version) { code version status } }`;
export const returnItem = `mutation ($code: ID!, $version: Int!, $reasons: [String!]!) { returnItem(code: $code, version: $version, reasons: $reasons) { code version status returnReasons } }`;
export const publishItem = `mutation ($code: ID!, $version: Int!) { publishItem(code: $code, version: $version) { code version status publishedAt } }`;

/**
 * Delivers pending events until `done` holds of what `read` returns. An event becomes readable
 * only once every older transaction on the server has ended, so one settle may come too early.
 */
export async function eventually<T>(
  hub: TestHub,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await hub.settle();
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
