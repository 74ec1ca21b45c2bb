import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** A department's public seal key, as the department announced it when generating the seal. */
@Entity({ tableName: 'seal_key' })
export class SealKey {
  @PrimaryKey({ type: 'string' })
  keyId!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Property({ type: 'string' })
  algorithm!: string;

  /** Base64 of the SPKI DER encoding. */
  @Property({ type: 'string' })
  publicKey!: string;

  @Property({ type: 'Date' })
  generatedAt!: Date;
}
