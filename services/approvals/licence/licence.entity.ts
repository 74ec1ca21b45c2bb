import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A licence a department signed with its approval seal: delivered with every other licence of the case when the case completes.',
})
@Entity({ tableName: 'licence' })
export class Licence {
  @Field(() => ID, { description: 'Opaque id of the licence.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field({ description: 'Serial number printed on the licence; unique in the hub.' })
  @Property({ type: 'string', unique: true })
  serial!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  taskId!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Property({ type: 'uuid' })
  applicantId!: string;

  @Field(() => ID, { description: 'Code of the item the licence was issued under.' })
  @Property({ type: 'string' })
  itemCode!: string;

  @Field(() => Int, { description: 'Version of that item.' })
  @Property({ type: 'integer' })
  itemVersion!: number;

  @Field(() => ID, {
    description:
      'Material type the licence becomes for later applications, e.g. `CONSTRUCTION_PERMIT`.',
  })
  @Property({ type: 'string' })
  materialTypeCode!: string;

  @Field({ description: 'When the chief representative signed it.' })
  @Property({ type: 'Date' })
  issuedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'End of validity; null when it never expires.',
  })
  @Property({ type: 'Date', nullable: true })
  validUntil: Date | null = null;

  @Property({ type: 'json' })
  content!: object;

  @Field({ description: 'SHA-256 of the signed content, lower-case hex.' })
  @Property({ type: 'string' })
  contentSha256!: string;

  @Field({ description: 'Ed25519 signature of the approval seal over the content, base64.' })
  @Property({ type: 'string' })
  signature!: string;

  @Field({ description: 'Id of the seal key that signed it.' })
  @Property({ type: 'string' })
  sealKeyId!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was delivered to the applicant: with every other licence, at completion.',
  })
  @Property({ type: 'Date', nullable: true })
  deliveredAt: Date | null = null;
}
