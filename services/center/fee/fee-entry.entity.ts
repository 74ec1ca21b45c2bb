import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { FeeEntryStatus } from './fee-entry-status';

@ObjectType({
  description:
    'An entry of the fee catalog: the only fees an item may charge, each approved by a fee auditor.',
})
@Entity({ tableName: 'fee_entry' })
export class FeeEntry {
  @Field(() => ID, { description: 'Code of the entry, e.g. `FEE-REAL-ESTATE-REG`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field({ description: 'What the fee is for.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'How much is charged, as the approval document states it.' })
  @Property({ type: 'string' })
  standard!: string;

  @Field({ description: 'The law or price document that allows the fee.' })
  @Property({ type: 'string' })
  legalBasis!: string;

  @Field(() => FeeEntryStatus, { description: 'Where the entry stands.' })
  @Enum({ items: () => FeeEntryStatus, nativeEnumName: 'fee_entry_status' })
  status: FeeEntryStatus = FeeEntryStatus.PROPOSED;

  @Property({ type: 'string' })
  proposedBy!: string;

  @Property({ type: 'string', nullable: true })
  approvedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When a fee auditor approved it.' })
  @Property({ type: 'Date', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn from the catalog.' })
  @Property({ type: 'Date', nullable: true })
  withdrawnAt: Date | null = null;

  @Field({ description: 'When it was entered.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
