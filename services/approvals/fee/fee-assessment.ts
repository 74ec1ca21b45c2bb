import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CaseItem } from '../case/case-item';
import { PublishedItem } from '../catalog/published-item.entity';

@ObjectType({
  description:
    'A fee of the published fee catalog that one item of a case charges: what the case may be charged for that item, and nothing else.',
})
export class AssessedFee {
  @Field(() => ID, { description: 'Code of the item that charges it, e.g. `NRP-003`.' })
  itemCode!: string;

  @Field(() => Int, { description: 'The item version the case was accepted under.' })
  itemVersion!: number;

  @Field({ description: 'Code of the department that charges it, with its sign-off.' })
  departmentCode!: string;

  @Field(() => ID, { description: 'Code of the fee catalog entry, e.g. `FEE-REAL-ESTATE-REG`.' })
  feeCode!: string;

  @Field({ description: 'What the fee is for.' })
  name!: string;

  @Field({
    description:
      'How much is charged, as the fee catalog approval document states it, e.g. `CNY 550 per registration`.',
  })
  standard!: string;

  @Field({ description: 'The law or price document that allows the fee.' })
  legalBasis!: string;
}

@ObjectType({
  description:
    "A case's fee assessment, made at acceptance from the published fee catalog: every approved fee catalog entry the case's item versions were published with. An empty `fees` means the case is charged nothing. A department charges only these, with its sign-off; any other fee is refused (`FEE_OUTSIDE_CATALOG`) and recorded by supervision as a violation.",
})
export class FeeAssessment {
  @Field({ description: 'When the case was assessed: its acceptance.' })
  assessedAt!: Date;

  @Field(() => [AssessedFee], {
    description: 'The fees the case may be charged, by item; empty when it is charged nothing.',
  })
  fees!: AssessedFee[];
}

/**
 * Reform rule (fees, 收费目录): every fee an item charges comes from the fee catalog the
 * development and reform commission and the finance bureau approved. The center publishes an
 * item version only with approved entries (`FEE_NOT_IN_CATALOG`) and withdraws no entry an item
 * in force still charges (`FEE_ENTRY_IN_USE`), so the fees each item version was published with
 * are the case's assessment, fixed at acceptance.
 */
export async function assessFees(em: EntityManager, items: CaseItem[]): Promise<AssessedFee[]> {
  if (items.length === 0) return [];
  const published = await em.find(PublishedItem, {
    $or: items.map(({ code, version }) => ({ code, version })),
  });
  return items.flatMap((item) => {
    const version = published.find((p) => p.code === item.code && p.version === item.version);
    return (version?.fees ?? []).map((fee) => ({
      itemCode: item.code,
      itemVersion: item.version,
      departmentCode: item.departmentCode,
      feeCode: fee.code,
      name: fee.name,
      standard: fee.standard,
      legalBasis: fee.legalBasis,
    }));
  });
}
