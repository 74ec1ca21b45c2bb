import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ItemKind } from './item-kind';
import { ItemStatus } from './item-status';
import { ItemStep } from './item-step';

/**
 * One version of an item of the power list. Every change makes a new version; a case names the
 * version it was accepted under (`code` and `version`), which never changes afterwards.
 */
@Directive('@key(fields: "code version")')
@ObjectType({
  description:
    'One version of an item of the power list: an administrative power a department exercises at the service center.',
})
@Entity({ tableName: 'item' })
export class Item {
  @Field(() => ID, { description: 'Opaque id of this version.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field(() => ID, { description: 'Code of the item, the same in every version, e.g. `DRC-001`.' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => Int, { description: 'Version number, from 1.' })
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Property({ type: 'string' })
  sectionCode!: string;

  @Field({ description: 'Name of the item.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => ItemKind, { description: 'What kind of power the item exercises.' })
  @Enum({ items: () => ItemKind, nativeEnumName: 'item_kind' })
  kind!: ItemKind;

  @Field({ description: 'The laws and regulations the item rests on.' })
  @Property({ type: 'string' })
  legalBasis!: string;

  @Field(() => Int, { description: 'Time limit the law sets, in working days.' })
  @Property({ type: 'integer' })
  statutoryLimitDays!: number;

  @Field(() => Int, {
    description: 'Time limit the center promises, in working days; never above the statutory one.',
  })
  @Property({ type: 'integer' })
  promisedLimitDays!: number;

  @Field(() => [ItemStep], { description: 'The approval steps, in order.' })
  @Property({ type: 'json' })
  steps!: ItemStep[];

  @Field({ description: 'Whether the item is a joint item, which may have more than 3 steps.' })
  @Property({ type: 'boolean' })
  joint: boolean = false;

  @Field({ description: 'Whether a meeting decides before the chief representative signs.' })
  @Property({ type: 'boolean' })
  meetingBeforeSign: boolean = false;

  @Field(() => ItemStatus, { description: 'Where this version stands.' })
  @Enum({ items: () => ItemStatus, nativeEnumName: 'item_status' })
  status: ItemStatus = ItemStatus.PROPOSED;

  @Field(() => [String], {
    description: 'Why the legal office returned this version; empty unless returned.',
  })
  @Property({ type: 'string[]' })
  returnReasons: string[] = [];

  @Property({ type: 'string' })
  proposedBy!: string;

  @Property({ type: 'string', nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the legal office decided on it.' })
  @Property({ type: 'Date', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'string', nullable: true })
  publishedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the center published it.' })
  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;

  @Field({ description: 'When this version was proposed.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
