import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A department's public seal key, as the department announced it when generating the seal, and
 * whether the center's seal registry has revoked it since.
 */
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

  /** SHA-256 (hex) of the public key's DER: how the center's seal registry names it. */
  @Property({ type: 'string' })
  fingerprint!: string;

  @Property({ type: 'Date' })
  generatedAt!: Date;

  /** When the center revoked the seal; licences issued from then on do not verify. */
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;
}
