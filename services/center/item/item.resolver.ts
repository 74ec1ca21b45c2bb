import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
  Authorized,
} from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  ConnectionType,
  PageArgs,
  hasRole,
  notFound,
  paginate,
  Role,
  type RequestContext,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { FeeEntry } from '../fee/fee-entry.entity';
import { feeEntryByCode } from '../fee/fee-entry.loader';
import { Section } from '../section/section.entity';
import { sectionByCode } from '../section/section.loader';
import { Item } from './item.entity';
import { ItemKind } from './item-kind';
import { ItemMaterial } from './item-material.entity';
import { ItemStatus } from './item-status';
import { MaterialTypeReference } from './material-type-reference';
import { feeCodesOfItem, itemByKey, materialsOfItem, publishedItemByCode } from './item.loader';
import { assertCanSeeDrafts } from './item-visibility';

export const ItemConnection = ConnectionType(Item, 'item');

const itemCode = { description: 'Code of the item.' };

@Resolver(() => Item)
export class ItemResolver {
  @Query(() => ItemConnection, {
    description: 'The power list: the published version of every item, by code.',
  })
  items(
    @Args() page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Arg('sectionCode', () => String, { nullable: true, description: 'Only this section.' })
    sectionCode: string | null,
    @Arg('kind', () => ItemKind, { nullable: true, description: 'Only this kind of item.' })
    kind: ItemKind | null,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<Item> = { status: ItemStatus.PUBLISHED };
    if (departmentCode) where.departmentCode = departmentCode;
    if (sectionCode) where.sectionCode = sectionCode;
    if (kind) where.kind = kind;
    return paginate(em, Item, where, page, { code: 'asc', id: 'asc' });
  }

  @Query(() => Item, {
    nullable: true,
    description:
      'One item: the published version, or a given version (unpublished ones for the offices and department handling them).',
  })
  async item(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'Version number; default the one in force.',
    })
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<Item | null> {
    if (version === null || version === undefined) return publishedItemByCode(context).load(code);
    const found = await itemByKey(context).load({ code, version });
    if (found && found.status !== ItemStatus.PUBLISHED && found.status !== ItemStatus.SUPERSEDED) {
      assertCanSeeDrafts(context.identity, found.departmentCode);
    }
    return found;
  }

  @Authorized()
  @Query(() => ItemConnection, { description: 'Every version of one item, newest first.' })
  async itemVersions(
    @Arg('code', () => ID, itemCode) code: string,
    @Args() page: PageArgs,
    @Ctx() { em, identity }: RequestContext,
  ) {
    const any = await em.findOne(Item, { code });
    if (!any) throw notFound('Item', code);
    assertCanSeeDrafts(identity, any.departmentCode);
    return paginate(em, Item, { code }, page, { version: 'desc', id: 'desc' });
  }

  @Authorized()
  @Query(() => ItemConnection, {
    description:
      'Item versions in one status, e.g. PROPOSED for the legal office or APPROVED for the center to publish.',
  })
  itemWorklist(
    @Arg('status', () => ItemStatus, { description: 'Status of the versions wanted.' })
    status: ItemStatus,
    @Arg('departmentCode', () => String, {
      nullable: true,
      description: 'Only this department (department staff see only their own).',
    })
    departmentCode: string | null,
    @Args() page: PageArgs,
    @Ctx() { em, identity }: RequestContext,
  ) {
    const department = hasRole(
      identity,
      Role.LEGAL_OFFICE,
      Role.CENTER_ADMIN,
      Role.SUPERVISOR,
      Role.COORDINATOR,
    )
      ? departmentCode
      : (departmentCode ?? identity.departmentCode ?? '');
    if (department !== null) assertCanSeeDrafts(identity, department);
    const where: FilterQuery<Item> = { status };
    if (department) where.departmentCode = department;
    return paginate(em, Item, where, page, { code: 'asc', id: 'asc' });
  }

  @FieldResolver(() => Department, { description: 'The department that exercises the item.' })
  department(@Root() item: Item, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(item.departmentCode);
  }

  @FieldResolver(() => Section, { description: 'The approval section that handles the item.' })
  section(@Root() item: Item, @Ctx() context: RequestContext) {
    return sectionByCode(context).load(item.sectionCode);
  }

  @FieldResolver(() => [ItemMaterial], { description: 'The materials the applicant hands in.' })
  materials(@Root() item: Item, @Ctx() context: RequestContext) {
    return materialsOfItem(context).load(item.id);
  }

  @FieldResolver(() => [FeeEntry], { description: 'The fee catalog entries the item charges.' })
  async fees(@Root() item: Item, @Ctx() context: RequestContext) {
    const codes = await feeCodesOfItem(context).load(item.id);
    const entries = await feeEntryByCode(context).loadMany(codes);
    return entries.filter((entry): entry is FeeEntry => entry instanceof FeeEntry);
  }
}

@Resolver(() => ItemMaterial)
export class RequiredMaterialResolver {
  @FieldResolver(() => MaterialTypeReference, { description: 'The kind of material required.' })
  materialType(@Root() material: ItemMaterial): MaterialTypeReference {
    return { code: material.materialTypeCode };
  }
}

/**
 * An item version another subgraph links to (a case's, a licence's), under the rule of the
 * `item` query: unpublished versions only for the offices and the department handling them.
 */
export async function resolveItemReference(
  reference: Record<string, unknown>,
  context: RequestContext,
): Promise<Item | null> {
  const found = await itemByKey(context).load({
    code: String(reference.code),
    version: Number(reference.version),
  });
  if (found && found.status !== ItemStatus.PUBLISHED && found.status !== ItemStatus.SUPERSEDED) {
    assertCanSeeDrafts(context.identity, found.departmentCode);
  }
  return found;
}
