import { Entity, PrimaryKey } from '@mikro-orm/postgresql';

/** A fee catalog entry one version of an item charges. */
@Entity({ tableName: 'item_fee' })
export class ItemFee {
  @PrimaryKey({ type: 'uuid' })
  itemId!: string;

  @PrimaryKey({ type: 'string' })
  feeCode!: string;
}
