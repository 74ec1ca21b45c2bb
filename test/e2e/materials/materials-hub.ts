import { handedOver, publishEvent, type Identity } from '../../../services/kit';
import type { HubEventMap, Topic } from '../../../services/contracts';
import { center } from '../../../services/center';
import { materials } from '../../../services/materials';
import { demoApplicantId } from '../../../services/materials/seed';
import { startTestHub, type Caller, type TestHub } from '../../kit/hub';
import type { GraphQLResponse } from '../../kit/graphql-client';

export { demoApplicantId };

/** The materials subgraph with the center beside it (departments' names come from there). */
export async function startMaterialsHub(): Promise<TestHub> {
  const hub = await startTestHub({ subgraphs: [center, materials] });
  // Materials learns the center's staff registry (the demo staff) from its events.
  await hub.settle();
  return hub;
}

export function departmentStaff(
  departmentCode: string,
  role: 'DEPARTMENT_REVIEWER' | 'CHIEF_REPRESENTATIVE' = 'DEPARTMENT_REVIEWER',
): Identity {
  return {
    // The person the center's demo data registers and certifies for that role.
    subject: `staff-${departmentCode.toLowerCase()}-${role === 'DEPARTMENT_REVIEWER' ? 'reviewer' : 'chief'}`,
    name: `Reviewer of ${departmentCode}`,
    roles: [role as Identity['roles'][number]],
    departmentCode,
    applicantId: null,
  };
}

export function applicantAccount(applicantId: string): Identity {
  return {
    subject: `applicant-${applicantId}`,
    name: 'Applicant account',
    roles: ['APPLICANT' as Identity['roles'][number]],
    departmentCode: null,
    applicantId,
  };
}

/**
 * Publishes an event as the approvals subgraph will, then lets the consumers handle it. Settling
 * repeats until every materials consumer of the topic has passed the event: a delivery that ran
 * while another transaction was still open may not have seen it yet.
 */
export async function publishAndSettle<T extends Topic>(
  hub: TestHub,
  topic: T,
  key: string,
  payload: HubEventMap[T],
): Promise<void> {
  const em = hub.subgraph('materials').orm.em.fork();
  const published = await em.transactional(async (tx) => {
    await publishEvent(tx, { topic, key, payload });
    const [row] = await tx.getConnection().execute<{ position: string }[]>(
      `select position from events.event
          where transaction_id = pg_current_xact_id() order by position desc limit 1`,
      [],
      'all',
      tx.getTransactionContext(),
    );
    return row;
  });
  const consumers = (materials.consumers ?? [])
    .filter((consumer) => consumer.topics.includes(topic))
    .map((consumer) => consumer.name);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    await hub.settle();
    const [{ behind }] = await em.getConnection().execute<{ behind: string }[]>(
      `select ?::int - count(*) as behind from events.consumer c, events.event e
          where c.name in (?) and e.position = ? and ${handedOver}`,
      [consumers.length, consumers, published.position],
    );
    if (Number(behind) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Event ${topic} ${key} was not delivered.`);
}

export const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);

const uploadMutation = /* GraphQL */ `
  mutation ($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {
    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {
      id
      version
      status
      sha256
      byteSize
      contentType
      fileName
    }
  }
`;

/** Sends a GraphQL multipart request (the spec every upload client speaks) to the gateway. */
export async function upload(
  hub: TestHub,
  caller: Exclude<Caller, null>,
  file: {
    applicantId: string;
    materialTypeCode: string;
    bytes: Buffer;
    name?: string;
    type?: string;
  },
): Promise<GraphQLResponse> {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: uploadMutation,
      variables: {
        applicantId: file.applicantId,
        materialTypeCode: file.materialTypeCode,
        file: null,
      },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set(
    '0',
    new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }),
    file.name ?? 'scan.pdf',
  );
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    // Upload clients mark their multipart posts so that the gateway's CSRF check lets them by.
    headers: {
      authorization: `Bearer ${await hub.tokenFor(caller)}`,
      'apollo-require-preflight': 'true',
    },
    body: form,
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Counts rows of a materials table, straight from PostgreSQL. */
export async function countRows(hub: TestHub, table: string): Promise<number> {
  const [row] = await hub
    .subgraph('materials')
    .orm.em.fork()
    .getConnection()
    .execute<{ count: string }[]>(`select count(*) from ${table}`);
  return Number(row.count);
}
