import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { SealStatus } from './seal-status';

@ObjectType({
  description:
    "A department's dedicated approval seal: its public verification key, registered at the center. The private key stays in the department's own subgraph.",
})
@Entity({ tableName: 'seal' })
export class Seal {
  @Field(() => ID, { description: 'Opaque id of the seal.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Field({ description: 'Name engraved on the seal.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Public verification key (SPKI, PEM).' })
  @Property({ type: 'text' })
  publicKey!: string;

  @Field({ description: 'SHA-256 of the public key (DER), in hex: what signatures name.' })
  @Property({ type: 'string' })
  keyFingerprint!: string;

  @Field(() => SealStatus, { description: 'Whether the seal may sign.' })
  @Enum({ items: () => SealStatus, nativeEnumName: 'seal_status' })
  status: SealStatus = SealStatus.ACTIVE;

  @Property({ type: 'string' })
  registeredBy!: string;

  @Field({ description: 'When it was registered.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  registeredAt: Date = clock.now();

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  @Property({ type: 'string', nullable: true })
  revokeReason: string | null = null;
}
