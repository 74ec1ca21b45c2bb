import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Role,
  calendarFromDays,
  projectRoot,
  publishEvent,
  type CalendarDay,
  type Identity,
  type WorkingCalendar,
} from '../../../services/kit';
import { ManualClock, useClock } from '../../../services/kit/clock/clock';
import {
  generateSealKeyPair,
  licenceContentSha256,
  signLicenceContent,
} from '../../../services/kit/seal';
import { startTestHub, type TestHub } from '../../kit/hub';
import { preparedTestDatabase } from '../../kit/database';
import type { HubEventMap, TaskActPayload, Topic } from '../../../services/contracts';
import { departmentStaff, pdf, upload } from '../materials/materials-hub';
import { notRefusalRecord } from '../../kit/refusal-records';

export { departmentStaff };

/** Riverside Logistics (the demo applicant account acts for it) and Green Leaf Tea House. */
export const riverside = '50e2c72a-81d3-42af-a59c-b3c9e16dd83f';
export const greenLeaf = '9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c';

export const applicantOf = (
  applicantId: string,
  subject = `applicant-${applicantId}`,
): Identity => ({
  subject,
  name: 'Applicant account',
  roles: [Role.APPLICANT],
  departmentCode: null,
  applicantId,
});

export const clerk = (subject: string, departmentCode = 'DRC'): Identity => ({
  subject,
  name: `Clerk ${subject}`,
  roles: [Role.WINDOW_CLERK],
  departmentCode,
  applicantId: null,
});

/** Window clerks the tests register with the center's staff events. */
export const certifiedClerk = clerk('tst-clerk');
export const expiredClerk = clerk('tst-clerk-expired');
export const unregisteredClerk = clerk('tst-clerk-ghost');

export const material = (
  materialTypeCode: string,
  core = true,
  mayBeMissingAtAcceptance = false,
) => ({
  materialTypeCode,
  core,
  mayBeMissingAtAcceptance,
});

const steps = [
  { kind: 'ACCEPT', name: 'Accept' },
  { kind: 'REVIEW', name: 'Review' },
  { kind: 'SIGN', name: 'Sign' },
];

/** Items of the tests' own, published as the center announces them. */
export const testItems: TestItem[] = [
  { code: 'TST-DRC-1', departmentCode: 'DRC', days: 5, materials: [material('PROJECT_PROPOSAL')] },
  {
    code: 'TST-NRP-1',
    departmentCode: 'NRP',
    days: 8,
    materials: [material('SITE_PLAN'), material('LAND_USE_CERTIFICATE')],
  },
  {
    code: 'TST-EEB-1',
    departmentCode: 'EEB',
    days: 20,
    materials: [material('ENVIRONMENTAL_IMPACT_REPORT', false, true), material('SITE_PLAN')],
  },
  {
    code: 'TST-HCB-1',
    departmentCode: 'HCB',
    days: 5,
    materials: [material('CONSTRUCTION_DRAWINGS')],
  },
  { code: 'TST-AMR-1', departmentCode: 'AMR', days: 3, materials: [material('PREMISES_PROOF')] },
  {
    code: 'TST-HCB-2',
    departmentCode: 'HCB',
    days: 5,
    materials: [
      material('FIRE_SAFETY_DESIGN'),
      material('BUSINESS_LICENCE'),
      material('SITE_PLAN'),
    ],
  },
];

export const testBundles = [
  {
    code: 'TST-BUILD',
    timeLimitDays: 12,
    itemCodes: ['TST-DRC-1', 'TST-NRP-1', 'TST-EEB-1', 'TST-HCB-1'],
  },
  { code: 'TST-PAIR', timeLimitDays: 4, itemCodes: ['TST-DRC-1', 'TST-HCB-1'] },
  {
    code: 'TST-ALL',
    timeLimitDays: 25,
    itemCodes: ['TST-DRC-1', 'TST-NRP-1', 'TST-EEB-1', 'TST-HCB-1', 'TST-AMR-1'],
  },
];

/** The 2026 calendar the center keeps, as a plain value the tests compute deadlines with. */
export function calendar2026(): { days: CalendarDay[]; calendar: WorkingCalendar } {
  const file = JSON.parse(
    readFileSync(join(projectRoot(), 'services/center/seed/calendar-cn-2026.json'), 'utf8'),
  ) as {
    holidays: { name: string; dates: string[] }[];
    makeUpWorkingDays: { name: string; date: string }[];
  };
  const days: CalendarDay[] = [
    ...file.holidays.flatMap((h) =>
      h.dates.map((date) => ({ date, kind: 'HOLIDAY' as const, name: h.name })),
    ),
    ...file.makeUpWorkingDays.map((d) => ({
      date: d.date,
      kind: 'MAKE_UP_WORKING_DAY' as const,
      name: d.name,
    })),
  ];
  return { days, calendar: calendarFromDays(days) };
}

/** Publishes as `producer` would, then lets every consumer handle it. */
export async function publishAs<T extends Topic>(
  hub: TestHub,
  producer: string,
  topic: T,
  key: string,
  payload: HubEventMap[T],
): Promise<void> {
  const em = hub.subgraph(producer).orm.em.fork();
  await em.transactional((tx) => publishEvent(tx, { topic, key, payload }));
  await hub.settle();
}

export interface TestItem {
  code: string;
  departmentCode: string;
  days: number;
  materials: { materialTypeCode: string; core: boolean; mayBeMissingAtAcceptance: boolean }[];
  fees?: { code: string; name: string; standard: string; legalBasis: string }[];
}

/** Publishes an item of the tests' own, as the center announces it. */
export async function publishItem(hub: TestHub, item: TestItem): Promise<void> {
  await publishAs(hub, 'center', 'center.item.published', item.code, {
    code: item.code,
    version: 1,
    name: `Test item ${item.code}`,
    kind: 'LICENCE',
    departmentCode: item.departmentCode,
    sectionCode: `${item.departmentCode}-S1`,
    legalBasis: 'Test basis',
    statutoryLimitDays: item.days + 5,
    promisedLimitDays: item.days,
    steps,
    joint: false,
    meetingBeforeSign: false,
    materials: item.materials,
    fees: item.fees ?? [],
    publishedAt: new Date().toISOString(),
  });
}

/** A 2027 for the tests' cases that run past New Year: only New Year's Day, fixed by law. */
export const testCalendar2027 = [
  { date: '2027-01-01', kind: 'HOLIDAY' as const, name: "New Year's Day" },
];

/** The center's announcements the tests rely on: calendar, items, bundles, window clerks. */
async function publishCenterFacts(hub: TestHub, options: { enter2027: boolean }): Promise<void> {
  const center = <T extends Topic>(topic: T, key: string, payload: HubEventMap[T]) =>
    publishAs(hub, 'center', topic, key, payload);
  await center('center.calendar.changed', '2026', { year: 2026, days: calendar2026().days });
  if (options.enter2027) {
    await center('center.calendar.changed', '2027', { year: 2027, days: testCalendar2027 });
  }
  for (const item of testItems) await publishItem(hub, item);
  for (const bundle of testBundles) {
    await center('center.bundle.published', bundle.code, {
      code: bundle.code,
      version: 1,
      name: `Test bundle ${bundle.code}`,
      timeLimitDays: bundle.timeLimitDays,
      items: bundle.itemCodes.map((code) => ({
        code,
        version: 1,
        departmentCode: testItems.find((item) => item.code === code)!.departmentCode,
      })),
      departmentCodes: [],
      prerequisites: [],
    });
  }
  for (const [person, expiresOn] of [
    [certifiedClerk, '2028-12-31'],
    [expiredClerk, '2026-01-31'],
  ] as const) {
    await center('center.staff.registered', person.subject!, {
      subject: person.subject!,
      name: person.name!,
      departmentCode: 'DRC',
      sectionCode: null,
      duty: 'WINDOW_CLERK',
    });
    await center('center.staff.permit-issued', person.subject!, {
      number: `WP-${person.subject}`,
      subject: person.subject!,
      issuedOn: '2026-01-01',
      expiresOn,
    });
  }
}

const reviewMutation = /* GraphQL */ `
  mutation ($input: ReviewMaterialInput!) {
    reviewMaterial(input: $input) {
      status
    }
  }
`;

/** Hands a material over for the applicant and, unless `pending`, has its lead department verify it. */
export async function verifiedMaterial(
  hub: TestHub,
  applicantId: string,
  materialTypeCode: string,
  leadDepartmentCode: string,
  options: { pending?: boolean } = {},
): Promise<void> {
  const uploaded = await upload(hub, applicantOf(applicantId), {
    applicantId,
    materialTypeCode,
    bytes: pdf(`${materialTypeCode} of ${applicantId}`),
  });
  expect(uploaded.errors).toBeUndefined();
  if (options.pending) return;
  const reviewed = await hub.query(departmentStaff(leadDepartmentCode), reviewMutation, {
    input: {
      materialId: (uploaded as any).data.uploadMaterial.id,
      decision: 'VERIFIED',
      problems: [],
    },
  });
  expect(reviewed.errors).toBeUndefined();
}

/** Riverside has everything the test items need verified, except: the EIA report is missing
 * (non-core, may follow under commitment), the business licence waits for review and the fire
 * safety design was never handed over. */
async function riversideMaterials(hub: TestHub): Promise<void> {
  for (const [code, lead] of [
    ['PROJECT_PROPOSAL', 'DRC'],
    ['SITE_PLAN', 'NRP'],
    ['LAND_USE_CERTIFICATE', 'NRP'],
    ['CONSTRUCTION_DRAWINGS', 'HCB'],
    ['PREMISES_PROOF', 'AMR'],
  ]) {
    await verifiedMaterial(hub, riverside, code, lead);
  }
  await verifiedMaterial(hub, riverside, 'BUSINESS_LICENCE', 'AMR', { pending: true });
  await hub.settle();
}

/** Monday 30 November 2026, 10:00 in the center's time zone. */
export const startOfTests = '2026-11-30T02:00:00Z';

export interface ApprovalsHub extends TestHub {
  clock: ManualClock;
}

/** The seeded hub with the tests' catalog, clerks and materials, every event handled. */
async function prepareApprovals(url: string, options: { enter2027: boolean }): Promise<void> {
  const hub = await startTestHub({ database: { url, drop: async () => {} } });
  try {
    await hub.settle();
    await publishCenterFacts(hub, options);
    await riversideMaterials(hub);
  } finally {
    await hub.stop();
  }
}

/**
 * The whole hub, the tests' catalog, clerks and materials, on a clock the tests move. The center
 * has entered 2026 and (unless told not to) 2027. The run prepares that database once (per
 * calendar choice) and each file starts its hub on a copy of its own.
 */
export async function startApprovalsHub(
  options: { enter2027: boolean } = { enter2027: true },
): Promise<ApprovalsHub> {
  const clock = new ManualClock(startOfTests);
  const restoreClock = useClock(clock);
  const database = await preparedTestDatabase(
    options.enter2027 ? 'approvals' : 'approvals_before_2027',
    (url) => prepareApprovals(url, options),
  );
  const hub = await startTestHub({ database, seed: false });
  return {
    ...hub,
    clock,
    async stop() {
      restoreClock();
      await hub.stop();
    },
  };
}

export const caseFields = /* GraphQL */ `
  id
  reference
  status
  channel
  submittedBy
  deadlineOn
  acceptedAt
  timeLimitDays
  notice { materialTypeCode state problems }
  commitment { materialTypeCodes deadlineOn }
  requirements { materialTypeCode core mayBeMissingAtAcceptance }
  tasks {
    id
    status
    deadlineOn
    department { code }
    supplementRequests { materialTypeCode reason }
    clock { limitDays usedDays leftDays pausedDays paused deadlineOn overdue }
    licence { serial deliveredAt signatureValid }
  }
`;

export const applyOnline = /* GraphQL */ `
  mutation ($input: ApplicationInput!) {
    applyOnline(input: $input) { ${caseFields} }
  }
`;

export const applyAtWindow = /* GraphQL */ `
  mutation ($input: WindowApplicationInput!) {
    applyAtWindow(input: $input) { ${caseFields} }
  }
`;

export const caseQuery = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) { ${caseFields} }
  }
`;

let keySequence = 0;
export const newKey = () => `key-${Date.now()}-${(keySequence += 1)}`;

/** Applies online as Riverside and lets the prerequisite check run; returns the case as then. */
export async function applyAndSettle(
  hub: TestHub,
  subjectKind: 'BUNDLE' | 'ITEM',
  subjectCode: string,
): Promise<any> {
  const applied = await hub.query(applicantOf(riverside), applyOnline, {
    input: {
      subjectKind,
      subjectCode,
      title: `Apply for ${subjectCode}`,
      idempotencyKey: newKey(),
    },
  });
  expect(applied.errors).toBeUndefined();
  await hub.settle();
  return readCase(hub, applied.data.applyOnline.id);
}

export async function readCase(hub: TestHub, id: string, caller: any = 'coordinator') {
  const response = await hub.query(caller, caseQuery, { id });
  expect(response.errors).toBeUndefined();
  return response.data.case;
}

/** A department's seal, as the department subgraph generates and announces it. */
export interface TestSeal {
  departmentCode: string;
  keyId: string;
  privateKey: Buffer;
  publicKey: string;
}

export async function generateSeal(hub: TestHub, departmentCode: string): Promise<TestSeal> {
  const pair = generateSealKeyPair();
  const seal = {
    departmentCode,
    keyId: `tst-key-${departmentCode}-${(keySequence += 1)}`,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
  };
  await publishAs(hub, 'approvals', 'department.seal.generated', departmentCode, {
    departmentCode,
    keyId: seal.keyId,
    algorithm: 'Ed25519',
    publicKey: seal.publicKey,
    at: new Date().toISOString(),
  });
  return seal;
}

type StepName<T> = T extends `department.task.${infer Name}` ? Name : never;

/** A step's own fields (a reviewed step's opinion...); `at` and `by` may be given too. */
type StepFields<S extends StepName<Topic>> = Omit<
  HubEventMap[`department.task.${S}`],
  keyof TaskActPayload
> &
  Partial<TaskActPayload>;

/** Publishes a department's step on a task, as its subgraph would. */
export async function departmentStep<S extends StepName<Topic>>(
  hub: TestHub,
  task: { id: string; department: { code: string } },
  caseId: string,
  step: S,
  ...[fields]: object extends StepFields<S> ? [StepFields<S>?] : [StepFields<S>]
): Promise<void> {
  const topic: `department.task.${S}` = `department.task.${step}`;
  // The step's own fields complete the payload every step carries.
  await publishAs(hub, 'approvals', topic, task.id, {
    caseId,
    taskId: task.id,
    departmentCode: task.department.code,
    by: `staff-${task.department.code.toLowerCase()}-reviewer`,
    at: new Date(startOfTests).toISOString(),
    ...fields,
  } as HubEventMap[`department.task.${S}`]);
}

/** The licence material type each department's sign-off issues (one per licence kind). */
export const licenceTypeOf: Record<string, string> = {
  DRC: 'INVESTMENT_PROJECT_APPROVAL',
  NRP: 'PLANNING_PERMIT',
  EEB: 'ENVIRONMENTAL_IMPACT_APPROVAL',
  HCB: 'CONSTRUCTION_PERMIT',
  AMR: 'MARKET_ENTITY_LICENCE',
};

/** Accept, review and sign: the approval with a licence sealed by `seal`. */
export async function approveTask(
  hub: TestHub,
  task: { id: string; department: { code: string } },
  caseId: string,
  seal: TestSeal,
  at: string,
): Promise<string> {
  await departmentStep(hub, task, caseId, 'accepted', { at });
  await departmentStep(hub, task, caseId, 'reviewed', { at, opinion: 'Conforms.' });
  const serial = `${task.department.code}-${caseId.slice(0, 8)}-${(keySequence += 1)}`;
  const content = {
    serial,
    caseId,
    departmentCode: task.department.code,
    applicantId: riverside,
    holderName: 'Riverside Logistics Co., Ltd.',
    issuedAt: at,
  };
  await departmentStep(hub, task, caseId, 'approved', {
    at,
    by: `staff-${task.department.code.toLowerCase()}-chief`,
    licences: [
      {
        serial,
        itemCode: `TST-${task.department.code}-1`,
        itemVersion: 1,
        materialTypeCode: licenceTypeOf[task.department.code],
        issuedAt: at,
        validUntil: null,
        content,
        contentSha256: licenceContentSha256(content),
        signature: signLicenceContent(content, seal.privateKey),
        sealKeyId: seal.keyId,
      },
    ],
  });
  return serial;
}

/** Events approvals published on a topic, oldest first. */
export async function eventsOf(
  hub: TestHub,
  topic: string,
): Promise<{ key: string; payload: any }[]> {
  return hub
    .subgraph('approvals')
    .orm.em.fork()
    .getConnection()
    .execute(`select key, payload from events.event where topic = ? order by position`, [topic]);
}

/** Row counts of everything a refusal must leave alone. */
export async function snapshot(hub: TestHub): Promise<Record<string, number>> {
  await hub.settle();
  const connection = hub.subgraph('approvals').orm.em.fork().getConnection();
  const [row] = await connection.execute(`
    select (select count(*) from "case")::int as cases,
           (select count(*) from task)::int as tasks,
           (select count(*) from timeline_entry)::int as timeline,
           (select count(*) from licence)::int as licences,
           (select count(*) from events.event where ${notRefusalRecord})::int as events,
           (select string_agg(status::text || ':' || id, ',' order by id) from "case") as statuses,
           (select string_agg(status::text || ':' || id, ',' order by id) from task) as task_statuses`);
  return row;
}
