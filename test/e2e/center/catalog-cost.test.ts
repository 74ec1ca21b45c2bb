import { sqlStatements } from '../../../services/kit';
import { center } from '../../../services/center';
import { Item } from '../../../services/center/item/item.entity';
import { ItemFee } from '../../../services/center/item/item-fee.entity';
import { ItemMaterial } from '../../../services/center/item/item-material.entity';
import { ItemKind } from '../../../services/center/item/item-kind';
import { ItemStatus } from '../../../services/center/item/item-status';
import { StepKind } from '../../../services/center/item/item-step';
import { startTestHub, type TestHub } from '../../kit/hub';

let hub: TestHub;

beforeAll(async () => {
  // Without consumers: their background polling would add statements to the count.
  hub = await startTestHub({ subgraphs: [{ ...center, consumers: [] }] });
  const em = hub.subgraph('center').orm.em.fork();
  const materialCodes = ['BUSINESS_LICENCE', 'LEGAL_REP_ID', 'PREMISES_PROOF', 'SITE_PLAN'];
  const feeCodes = ['FEE-REAL-ESTATE-REG', 'FEE-CERTIFICATE'];
  for (let index = 0; index < 120; index += 1) {
    const item = em.create(Item, {
      code: `HCB-C${String(index).padStart(3, '0')}`,
      version: 1,
      departmentCode: 'HCB',
      sectionCode: index % 2 ? 'HCB-PERMIT' : 'HCB-FIRE',
      name: `Catalog item ${index}`,
      kind: ItemKind.SERVICE,
      legalBasis: 'Test Regulations, Article 1',
      statutoryLimitDays: 20,
      promisedLimitDays: 10,
      steps: [
        { kind: StepKind.ACCEPT, name: 'Accept' },
        { kind: StepKind.SIGN, name: 'Sign' },
      ],
      status: ItemStatus.PUBLISHED,
      proposedBy: 'staff-hcb-reviewer',
      publishedAt: new Date(),
    } as never);
    await em.flush();
    for (let position = 0; position <= index % 4; position += 1) {
      em.create(ItemMaterial, {
        itemId: item.id,
        position,
        materialTypeCode: materialCodes[position],
        core: position === 0,
        mayBeMissingAtAcceptance: position === 3,
      });
    }
    for (const feeCode of feeCodes.slice(0, index % 3))
      em.create(ItemFee, { itemId: item.id, feeCode });
  }
  await em.flush();
});

afterAll(async () => {
  await hub?.stop();
});

async function costOfCatalog(first: number) {
  const query = `query ($first: Int!) {
    items(first: $first, departmentCode: "HCB") {
      totalCount
      nodes {
        code
        department { name }
        section { code name }
        materials { core mayBeMissingAtAcceptance materialType { code } }
        fees { code name standard }
      }
    }
  }`;
  let nodes: { materials: unknown[]; fees: unknown[]; section: unknown }[] = [];
  const statements = await sqlStatements.during(async () => {
    const response = await hub.query(null, query, { first });
    expect(response.errors).toBeUndefined();
    nodes = response.data.items.nodes;
  });
  return { statements, nodes };
}

it('costs the same number of SQL statements for 100 catalog items as for 10', async () => {
  const ten = await costOfCatalog(10);
  const hundred = await costOfCatalog(100);
  expect(ten.nodes).toHaveLength(10);
  expect(hundred.nodes).toHaveLength(100);
  expect(hundred.nodes.flatMap((node) => node.materials).length).toBeGreaterThan(200);
  expect(hundred.nodes.flatMap((node) => node.fees).length).toBeGreaterThan(60);
  expect(hundred.nodes.every((node) => node.section)).toBe(true);
  expect(hundred.statements).toBe(ten.statements);
  // page, count, departments, sections, materials, item fees, fee entries
  expect(ten.statements).toBe(7);
});
