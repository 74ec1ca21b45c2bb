import { Role, type Identity } from '../services/kit';
import { demoPeople } from '../services/demo-people';
import { verifyEveryMaterial } from './flow/applicant-materials';
import { graphqlClient, type GraphQLClient } from './flow/graphql-client';
import { applyOnline, decideTask, untilCompleted, type AppliedCase } from './flow/run-case';

/** Green Leaf Tea House's account (the materials subgraph seeds the company). */
const greenLeaf: Identity = {
  subject: 'demo-green-leaf',
  name: 'Chen Yu (Green Leaf Tea House Co., Ltd.)',
  roles: [Role.APPLICANT],
  departmentCode: null,
  applicantId: '9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c',
};

async function anyCase(client: GraphQLClient): Promise<boolean> {
  const data = await client.request(demoPeople.coordinator, '{ cases(first: 1) { nodes { id } } }');
  return data.cases.nodes.length > 0;
}

/** The department decides its part of the case; the others' tasks stay open. */
async function decidedBy(client: GraphQLClient, applied: AppliedCase, departmentCode: string) {
  const task = applied.tasks.find((entry) => entry.department.code === departmentCode);
  if (task) await decideTask(client, departmentCode, task.id);
}

/**
 * The demo's cases, made the way real ones are: through the gateway, as the people who act on
 * them, so every subgraph hears the same events and every screen shows them:
 * - Green Leaf's business registration, completed and licensed;
 * - Riverside's business opening (two departments), the market regulator's part decided;
 * - Riverside's construction project (four departments), the Development and Reform
 *   Commission's part decided, or, when its deadline falls in a year whose calendar the center
 *   has not entered yet, waiting for it as any case would.
 * A hub that has cases is left as it is.
 */
export async function seedDemoCases(gatewayUrl: string): Promise<void> {
  const client = graphqlClient(gatewayUrl);
  if (await anyCase(client)) return;

  await verifyEveryMaterial(gatewayUrl, client, greenLeaf);
  const registration = await applyOnline(
    client,
    {
      subjectKind: 'ITEM',
      subjectCode: 'AMR-001',
      title: 'Green Leaf Tea House: register the company',
    },
    greenLeaf,
  );
  if (registration.calendarWaitingYear === null) {
    await decidedBy(client, registration, 'AMR');
    await untilCompleted(client, registration.id, greenLeaf);
  }

  await verifyEveryMaterial(gatewayUrl, client, demoPeople.applicant);
  const business = await applyOnline(client, {
    subjectKind: 'BUNDLE',
    subjectCode: 'OPEN-A-BUSINESS',
    title: 'Riverside logistics canteen: open a business',
  });
  await decidedBy(client, business, 'AMR');
  const construction = await applyOnline(client, {
    subjectKind: 'BUNDLE',
    subjectCode: 'START-CONSTRUCTION',
    title: 'Riverside logistics warehouse: start a construction project',
  });
  await decidedBy(client, construction, 'DRC');
}
