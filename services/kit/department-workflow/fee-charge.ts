import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/postgresql';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { ChargedFeePayload } from '../../contracts';
import { DomainError, badInput } from '../errors/domain-error';
import type { DepartmentTask } from './department-task.entity';
import { positiveDecimal } from './positive-decimal';

@Directive('@shareable')
@ObjectType({
  description:
    "A fee of the case's fee assessment an item of the task may be charged: an approved fee catalog entry the item version was published with.",
})
export class DepartmentAssessedFee {
  @Field(() => ID, { description: 'Code of the fee catalog entry, e.g. `FEE-REAL-ESTATE-REG`.' })
  code!: string;

  @Field({ description: 'What the fee is for.' })
  name!: string;

  @Field({ description: 'How much is charged, as the fee catalog approval document states it.' })
  standard!: string;

  @Field({ description: 'The law or price document that allows the fee.' })
  legalBasis!: string;
}

@Directive('@shareable')
@ObjectType({ description: 'A fee the chief representative charged with the sign-off.' })
export class DepartmentChargedFee {
  @Field(() => ID, { description: 'Code of the item the fee is charged for.' })
  itemCode!: string;

  @Field(() => ID, { description: 'Code of the fee catalog entry charged.' })
  feeCode!: string;

  @Field({ description: 'The amount charged, in CNY, as decimal text, e.g. `550.00`.' })
  amount!: string;
}

@InputType({
  description:
    "A fee charged with the sign-off: an entry of the case's fee assessment for an item of the task, and the amount.",
})
export class DepartmentFeeChargeInput {
  @Field(() => ID, { description: 'Code of the item of the task the fee is charged for.' })
  itemCode!: string;

  @Field(() => ID, { description: 'Code of the fee catalog entry charged.' })
  feeCode!: string;

  @Field({ description: 'The amount charged, in CNY: a positive decimal, at most 2 decimals.' })
  amount!: string;
}

export const feeOutsideCatalog = 'FEE_OUTSIDE_CATALOG' as const;

/** The charges as stated, checked for form: each item and fee once, each amount a positive sum. */
export function chargesOf(fees: DepartmentFeeChargeInput[]): ChargedFeePayload[] {
  const charges = fees.map((fee, index) => ({
    itemCode: fee.itemCode.trim(),
    feeCode: fee.feeCode.trim(),
    amount: positiveDecimal(fee.amount, `fees[${index}].amount`, { max: 1_000_000_000 }),
  }));
  const keys = new Set(charges.map((charge) => `${charge.itemCode}\n${charge.feeCode}`));
  if (keys.size !== charges.length || charges.some((c) => !c.itemCode || !c.feeCode)) {
    throw badInput('A sign-off names each fee of each item once.', { field: 'fees' });
  }
  return charges;
}

/** What the case's fee assessment lets the task charge: each item's assessed fees. */
export const assessedFees = (task: DepartmentTask) =>
  task.items.flatMap((item) =>
    (item.fees ?? []).map((fee) => ({ itemCode: item.code, feeCode: fee.code })),
  );

/** The charges outside the assessment: none is allowed. */
export function chargesOutsideAssessment(task: DepartmentTask, charges: ChargedFeePayload[]) {
  const assessed = assessedFees(task);
  return charges.filter(
    (charge) =>
      !assessed.some((fee) => fee.itemCode === charge.itemCode && fee.feeCode === charge.feeCode),
  );
}

/**
 * Reform rule (fees, 收费目录): every fee charged comes from the approved fee catalog, as the
 * item publishes it; anything else is refused and reported. A department states what it charges
 * with its sign-off, and only fees of the case's fee assessment for the task's items.
 */
export function assertChargesAssessed(task: DepartmentTask, charges: ChargedFeePayload[]): void {
  const outside = chargesOutsideAssessment(task, charges);
  if (outside.length === 0) return;
  throw new DomainError(
    feeOutsideCatalog,
    `Task ${task.id} may charge only fees of the case's fee assessment; outside it: ${outside
      .map((charge) => `${charge.feeCode} for ${charge.itemCode}`)
      .join(', ')}.`,
    { taskId: task.id, outside, assessed: assessedFees(task) },
  );
}

class FeesChargedMigration extends Migration {
  override async up(): Promise<void> {
    // The fees charged with the sign-off, and each item's assessed fees (none for older tasks).
    this.addSql(
      `alter table department_task add column if not exists fees_charged jsonb not null default '[]'`,
    );
    this.addSql(`
      update department_task set items = (
        select coalesce(jsonb_agg(item || jsonb_build_object('fees', coalesce(item->'fees', '[]'::jsonb))
                                  order by position), '[]'::jsonb)
          from jsonb_array_elements(items) with ordinality as entries(item, position))`);
  }
}

export const feesChargedMigration: MigrationObject = {
  name: 'Migration20261129000100_kit_fees_charged',
  class: FeesChargedMigration,
};
