import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  Role,
  publishEvent,
  staffTopics,
  type Identity,
  type NewEvent,
} from '../../../services/kit';
import { center } from '../../../services/center';
import { departments } from '../../../services/departments';
import { startTestHub, type TestHub } from '../../kit/hub';
import { notRefusalRecord } from '../../kit/refusal-records';

/** The center (it seeds staff, permits and chief representatives) and the five departments. */
export const startDepartmentHub = () => startTestHub({ subgraphs: [center, ...departments] });

export const schemaOf = (code: string) => `department_${code.toLowerCase()}`;

/** A person the center seeds: `staff-<code>-clerk`, `-reviewer` or `-chief`. */
export function staff(code: string, duty: 'clerk' | 'reviewer' | 'chief'): Identity {
  const role = {
    clerk: Role.WINDOW_CLERK,
    reviewer: Role.DEPARTMENT_REVIEWER,
    chief: Role.CHIEF_REPRESENTATIVE,
  }[duty];
  return {
    subject: `staff-${code.toLowerCase()}-${duty}`,
    name: `${code} ${duty}`,
    roles: [role],
    departmentCode: code,
    applicantId: null,
  };
}

export const applicantId = '50e2c72a-81d3-42af-a59c-b3c9e16dd83f';

export interface OpenedTask {
  taskId: string;
  caseId: string;
}

/** Publishes what the approvals subgraph publishes on fan-out, and lets the department take it. */
export async function openTask(
  hub: TestHub,
  departmentCode: string,
  options: { itemCode?: string; meetingBeforeSign?: boolean; caseId?: string } = {},
): Promise<OpenedTask> {
  const taskId = randomUUID();
  const caseId = options.caseId ?? randomUUID();
  await publish(hub, {
    topic: 'approvals.task.opened',
    key: taskId,
    payload: {
      caseId,
      caseReference: `OS-2026-${taskId.slice(0, 6)}`,
      taskId,
      departmentCode,
      applicantId,
      items: [
        {
          code: options.itemCode ?? `${departmentCode}-001`,
          version: 1,
          name: `Demo item of ${departmentCode}`,
          steps: [
            { kind: 'ACCEPT', name: 'Accept' },
            { kind: 'REVIEW', name: 'Review' },
            { kind: 'SIGN', name: 'Sign' },
          ],
          meetingBeforeSign: options.meetingBeforeSign ?? false,
          promisedLimitDays: 10,
        },
      ],
      materialTypeCodes: ['BUSINESS_LICENCE', 'FIRE_SAFETY_DESIGN'],
      openedAt: new Date().toISOString(),
      deadlineOn: '2026-12-11',
    },
  });
  return { taskId, caseId };
}

/** Publishes an event as another subgraph would, in a transaction of its own. */
export async function publishWithoutSettling(hub: TestHub, event: NewEvent): Promise<void> {
  await hub
    .subgraph('center')
    .orm.em.fork()
    .transactional((tx) => publishEvent(tx, event));
}

/** Publishes an event and lets every consumer take it. */
export async function publish(hub: TestHub, event: NewEvent): Promise<void> {
  await publishWithoutSettling(hub, event);
  await hub.settle();
}

/** Registers a person with the center's staff events: a permit, and optionally an authorization. */
export async function registerStaff(
  hub: TestHub,
  person: Identity,
  permit: { issuedOn: string; expiresOn: string },
  authorization?: { itemCodes: string[] | 'ALL'; validFrom: string; validTo: string },
): Promise<{ permitNumber: string; authorizationId: string | null }> {
  const permitNumber = `WP-TEST-${randomUUID().slice(0, 8)}`;
  const authorizationId = authorization ? randomUUID() : null;
  await hub
    .subgraph('center')
    .orm.em.fork()
    .transactional(async (tx) => {
      await publishEvent(tx, {
        topic: staffTopics.registered,
        key: person.subject!,
        payload: {
          subject: person.subject!,
          name: person.name!,
          departmentCode: person.departmentCode!,
          sectionCode: null,
          duty: person.roles[0],
        },
      });
      await publishEvent(tx, {
        topic: staffTopics.permitIssued,
        key: person.subject!,
        payload: { number: permitNumber, subject: person.subject!, ...permit },
      });
      if (authorization) {
        await publishEvent(tx, {
          topic: staffTopics.representativeAuthorized,
          key: person.subject!,
          payload: {
            id: authorizationId!,
            subject: person.subject!,
            departmentCode: person.departmentCode!,
            scopeAll: authorization.itemCodes === 'ALL',
            itemCodes: authorization.itemCodes === 'ALL' ? [] : authorization.itemCodes,
            validFrom: authorization.validFrom,
            validTo: authorization.validTo,
            documentNumber: `AUTH-${authorizationId}`,
          },
        });
      }
    });
  await hub.settle();
  return { permitNumber, authorizationId };
}

/**
 * Reads any schema as the database's administrator: no subgraph's role may read another's tables.
 * Placeholders are `?`, as in the kit's sql().
 */
export async function sql<T = any>(
  hub: TestHub,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    let index = 0;
    const text = query.replace(/\?/g, () => `$${(index += 1)}`);
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The `department.*` events published about a task, oldest first. */
export async function departmentEvents(hub: TestHub, taskId: string) {
  return sql<{ topic: string; payload: any; producer: string }>(
    hub,
    `select topic, payload, producer from events.event
      where key = ? and topic like 'department.%' order by position`,
    [taskId],
  );
}

/**
 * Everything a refused step could have changed, to compare before and after; the record of the
 * refusal itself (see `notRefusalRecord`) is not a change.
 */
export async function snapshot(hub: TestHub, code: string) {
  const schema = schemaOf(code);
  const [tasks, steps, licences, events] = await Promise.all([
    sql(hub, `select * from ${schema}.department_task order by id`),
    sql(hub, `select count(*)::int as n from ${schema}.department_task_step`),
    sql(hub, `select count(*)::int as n from ${schema}.department_licence`),
    sql(hub, `select count(*)::int as n from events.event where ${notRefusalRecord}`),
  ]);
  return { tasks, steps: steps[0].n, licences: licences[0].n, events: events[0].n };
}

const reviewFields = `id status acceptedBy reviewedBy opinion decidedBy rejectionReasons
  pausedSince pausedWorkingDays deadlineOn meetingRequired meeting { heldOn minutes }
  supplementRequests { materialTypeCode reason }
  timeline { kind by note }
  licence { serial itemCode itemVersion materialTypeCode content contentSha256 signature sealKeyId validUntil }`;

/** Runs `<code><Step>` with the arguments given, returning the review it answers with. */
export function step(
  hub: TestHub,
  caller: Identity | string,
  code: string,
  name: string,
  taskId: string,
  args: { declare: string; pass: string; values: Record<string, unknown> } = {
    declare: '',
    pass: '',
    values: {},
  },
) {
  const field = `${code.toLowerCase()}${name}`;
  return hub.query(
    caller as never,
    `mutation ($taskId: ID! ${args.declare}) {
      review: ${field}(taskId: $taskId ${args.pass}) { ${reviewFields} }
    }`,
    { taskId, ...args.values },
  );
}

export const accept = (hub: TestHub, caller: Identity | string, code: string, taskId: string) =>
  step(hub, caller, code, 'AcceptTask', taskId);

export const review = (
  hub: TestHub,
  caller: Identity | string,
  code: string,
  taskId: string,
  opinion = 'Complies with the industrial policy; materials complete.',
) =>
  step(hub, caller, code, 'ReviewTask', taskId, {
    declare: ', $opinion: String!',
    pass: ', opinion: $opinion',
    values: { opinion },
  });

export const sign = (hub: TestHub, caller: Identity | string, code: string, taskId: string) =>
  step(hub, caller, code, 'SignTask', taskId);

export const reject = (
  hub: TestHub,
  caller: Identity | string,
  code: string,
  taskId: string,
  reasons: string[],
) =>
  step(hub, caller, code, 'RejectTask', taskId, {
    declare: ', $reasons: [String!]!',
    pass: ', reasons: $reasons',
    values: { reasons },
  });

export async function readTask(hub: TestHub, code: string, taskId: string) {
  const response = await hub.query(
    'coordinator',
    `query ($id: ID!) { task: ${code.toLowerCase()}Task(id: $id) { ${reviewFields} } }`,
    { id: taskId },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.task;
}
