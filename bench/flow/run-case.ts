import { randomUUID } from 'node:crypto';
import { demoPeople } from '../../services/demo-people';
import { departmentStaff, type GraphQLClient } from '../lib/graphql-client';

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
async function decideTask(client: GraphQLClient, code: string, taskId: string): Promise<void> {
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

/**
 * One joint approval end to end through the gateway: the applicant applies online, materials
 * checks the prerequisites, approvals fans out, every department decides in parallel through its
 * own mutations, approvals joins and completes the case. Returns the case id.
 */
export async function runCase(client: GraphQLClient, bundleCode: string): Promise<string> {
  const applicant = demoPeople.applicant;
  const { applyOnline } = await client.request(applicant, apply, {
    input: {
      subjectKind: 'BUNDLE',
      subjectCode: bundleCode,
      title: `Benchmark application for ${bundleCode}`,
      idempotencyKey: randomUUID(),
    },
  });
  const id: string = applyOnline.id;
  const read = async () => (await client.request(applicant, caseState, { id })).case;
  const accepted = await until(`case ${id} to be accepted`, 60, async () => {
    const kase = await read();
    if (kase.status === 'SUBMITTED') return null;
    if (kase.status !== 'IN_PROGRESS') throw new Error(`Case ${id} was ${kase.status}.`);
    return kase;
  });
  await Promise.all(
    accepted.tasks.map((task: { id: string; department: { code: string } }) =>
      decideTask(client, task.department.code, task.id),
    ),
  );
  await until(`case ${id} to complete`, 60, async () => {
    const kase = await read();
    if (kase.status === 'COMPLETED') return kase;
    if (kase.status !== 'IN_PROGRESS') throw new Error(`Case ${id} ended ${kase.status}.`);
    return null;
  });
  return id;
}
