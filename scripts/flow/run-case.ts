import { randomUUID } from 'node:crypto';
import { demoPeople } from '../../services/demo-people';
import type { Identity } from '../../services/kit';
import { departmentStaff, type GraphQLClient } from './graphql-client';

const apply = /* GraphQL */ `
  mutation ($input: ApplicationInput!) {
    applyOnline(input: $input) {
      id
    }
  }
`;

const caseState = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) {
      status
      calendarWaitingYear
      tasks {
        id
        department {
          code
        }
      }
    }
  }
`;

// Polls start quick and back off, so waiting clients do not load the hub they wait for.
const firstPollMs = 25;
const lastPollMs = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it returns a value, for at most `seconds`. */
async function until<T>(what: string, seconds: number, read: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (let pause = firstPollMs; ; pause = Math.min(lastPollMs, pause * 2)) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} after ${seconds} s.`);
    await sleep(pause);
  }
}

/** One department's part: its published steps (accept, review, sign) and the meeting an item needs. */
export async function decideTask(
  client: GraphQLClient,
  code: string,
  taskId: string,
): Promise<void> {
  const prefix = code.toLowerCase();
  const reviewer = departmentStaff(code, 'reviewer');
  // The department learns of its task from approvals' event; wait until it has it.
  const review = await until(`${code} task ${taskId}`, 60, async () => {
    const data = await client.request(
      reviewer,
      `query ($id: ID!) { ${prefix}Task(id: $id) { meetingRequired items { steps } } }`,
      { id: taskId },
    );
    return data[`${prefix}Task`] as {
      meetingRequired: boolean;
      items: { steps: string[] }[];
    } | null;
  });
  // The task runs the steps its items were published with, and no other.
  const published = new Set(review.items.flatMap((item) => item.steps));
  const step = (caller = reviewer, mutation: string, extra = '') =>
    client.request(
      caller,
      `mutation ($taskId: ID!) { ${prefix}${mutation}(taskId: $taskId${extra}) { status } }`,
      { taskId },
    );
  if (published.has('ACCEPT')) await step(reviewer, 'AcceptTask');
  if (published.has('REVIEW')) {
    await step(reviewer, 'ReviewTask', ', opinion: "Complies with the conditions."');
  }
  if (review.meetingRequired) {
    const today = new Date().toISOString().slice(0, 10);
    await step(reviewer, 'RecordMeeting', `, heldOn: "${today}", minutes: "Approved unanimously."`);
  }
  await step(departmentStaff(code, 'chief'), 'SignTask');
}

export interface Application {
  subjectKind: 'BUNDLE' | 'ITEM';
  subjectCode: string;
  title: string;
}

export interface AppliedCase {
  id: string;
  tasks: { id: string; department: { code: string } }[];
  /** The year whose calendar the center has yet to enter before the case's deadline can be set. */
  calendarWaitingYear: number | null;
}

/**
 * The applicant applies online; resolves once materials and approvals have accepted the case, or
 * once it waits for the center to enter the calendar of the year its deadline falls in.
 */
export async function applyOnline(
  client: GraphQLClient,
  application: Application,
  applicant: Identity = demoPeople.applicant,
): Promise<AppliedCase> {
  const { applyOnline: applied } = await client.request(applicant, apply, {
    input: { ...application, idempotencyKey: randomUUID() },
  });
  const id: string = applied.id;
  return until(`case ${id} to be accepted`, 60, async () => {
    const kase = (await client.request(applicant, caseState, { id })).case;
    const waiting = kase.calendarWaitingYear ?? null;
    if (kase.status === 'SUBMITTED' && waiting === null) return null;
    if (kase.status !== 'IN_PROGRESS' && waiting === null) {
      throw new Error(`Case ${id} was ${kase.status}.`);
    }
    return { id, tasks: kase.tasks, calendarWaitingYear: waiting };
  });
}

/** Waits until approvals has joined every department's decision and completed the case. */
export async function untilCompleted(
  client: GraphQLClient,
  id: string,
  applicant: Identity = demoPeople.applicant,
): Promise<void> {
  await until(`case ${id} to complete`, 60, async () => {
    const kase = (await client.request(applicant, caseState, { id })).case;
    if (kase.status === 'COMPLETED') return kase;
    if (kase.status !== 'IN_PROGRESS') throw new Error(`Case ${id} ended ${kase.status}.`);
    return null;
  });
}

/**
 * One joint approval end to end through the gateway: the applicant applies online, materials
 * checks the prerequisites, approvals fans out, every department decides in parallel through its
 * own mutations, approvals joins and completes the case. Returns the case id.
 */
export async function runCase(client: GraphQLClient, bundleCode: string): Promise<string> {
  const accepted = await applyOnline(client, {
    subjectKind: 'BUNDLE',
    subjectCode: bundleCode,
    title: `Benchmark application for ${bundleCode}`,
  });
  if (accepted.calendarWaitingYear !== null) {
    throw new Error(`Case ${accepted.id} waits for the ${accepted.calendarWaitingYear} calendar.`);
  }
  await Promise.all(
    accepted.tasks.map((task) => decideTask(client, task.department.code, task.id)),
  );
  await untilCompleted(client, accepted.id);
  return accepted.id;
}
