import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { canonicalJson } from '../seal/canonical-json';

/** The licence a department's sign-off produced, sealed with the department's approval seal. */
@Directive('@shareable')
@ObjectType({ description: "A licence a department's chief representative signed and sealed." })
@Entity({ tableName: 'department_licence' })
export class DepartmentLicence {
  [OptionalProps]?: 'contentText' | 'validUntil' | 'voidedAt' | 'voidReason';

  @Field(() => ID, {
    description:
      'Serial of the licence, random so none can be guessed from another, e.g. `DRC-2026-7K3Q-MXW9-PD4H-T2RB-BN6C`.',
  })
  @PrimaryKey({ type: 'string' })
  serial!: string;

  @Field(() => ID, { description: 'Id of the task it decided.' })
  @Property({ type: 'uuid' })
  taskId!: string;

  @Field({ description: 'Code of the item it licenses.' })
  @Property({ type: 'string' })
  itemCode!: string;

  @Field(() => Int, { description: 'Version of the item it licenses.' })
  @Property({ type: 'integer' })
  itemVersion!: number;

  @Field({ description: 'Material type it becomes for later applications, e.g. `SITE_PLAN`.' })
  @Property({ type: 'string' })
  materialTypeCode!: string;

  @Field({ description: 'When it was issued.' })
  @Property({ type: 'Date' })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it lapses; null if it does not.' })
  @Property({ type: 'Date', nullable: true })
  validUntil: Date | null = null;

  @Property({ type: 'json' })
  content!: Record<string, unknown>;

  @Field({
    name: 'content',
    description:
      'The signed content as canonical JSON (keys in order, no spaces): the exact bytes the seal covers.',
  })
  get contentText(): string {
    return canonicalJson(this.content);
  }

  @Field({ description: 'Hex SHA-256 of the canonical content.' })
  @Property({ type: 'string' })
  contentSha256!: string;

  @Field({ description: "Base64 Ed25519 signature of the department's approval seal." })
  @Property({ type: 'text' })
  signature!: string;

  @Field(() => ID, { description: 'Id of the seal key that signed it.' })
  @Property({ type: 'uuid' })
  sealKeyId!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it became void: the case ended before the joint approval took it, or the sign-off was refused. Null while it stands.',
  })
  @Property({ type: 'Date', nullable: true })
  voidedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it is void: `CASE_REJECTED`, `CASE_WITHDRAWN` or why the sign-off was refused.',
  })
  @Property({ type: 'string', nullable: true })
  voidReason: string | null = null;
}
