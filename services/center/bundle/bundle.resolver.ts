import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, Role, paginate, type RequestContext } from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { Item } from '../item/item.entity';
import { publishedItemByCode } from '../item/item.loader';
import { Bundle } from './bundle.entity';
import { BundleInput } from './bundle.input';
import { publishBundle } from './publish-bundle';
import { bundleByCode } from './bundle.loader';

export const BundleConnection = ConnectionType(Bundle, 'bundle');

@ObjectType({ description: 'That one item of a bundle needs another item of it decided first.' })
export class BundlePrerequisite {
  itemCode!: string;
  requiresItemCode!: string;
}

const presentItems = (items: (Item | null)[]) => items.filter((item): item is Item => !!item);

@Resolver(() => Bundle)
export class BundleResolver {
  @Query(() => BundleConnection, { description: 'The published bundles, by code.' })
  bundles(@Args() page: PageArgs, @Ctx() { em }: RequestContext) {
    return paginate(em, Bundle, {}, page, { code: 'asc' });
  }

  @Query(() => Bundle, { nullable: true, description: 'One bundle by code.' })
  bundle(
    @Arg('code', () => ID, { description: 'Code of the bundle.' }) code: string,
    @Ctx() context: RequestContext,
  ) {
    return bundleByCode(context).load(code);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Bundle, {
    description:
      'Publishes a bundle of published items of several departments, or a new version of it. Items that wait for each other (a cycle) are refused, and so is a prerequisite between items of two departments (CROSS_DEPARTMENT_PREREQUISITE).',
  })
  publishBundle(
    @Arg('input', () => BundleInput, { description: 'The bundle.' }) input: BundleInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<Bundle> {
    return publishBundle(em, identity, input);
  }

  @FieldResolver(() => [Item], {
    description: 'The items of the bundle, in their version in force.',
  })
  async items(@Root() bundle: Bundle, @Ctx() context: RequestContext) {
    return presentItems(
      (await publishedItemByCode(context).loadMany(bundle.itemCodes)).map((item) =>
        item instanceof Error ? null : item,
      ),
    );
  }

  @FieldResolver(() => [Department], { description: 'The departments that approve in parallel.' })
  async departments(@Root() bundle: Bundle, @Ctx() context: RequestContext) {
    const items = await this.items(bundle, context);
    const codes = [...new Set(items.map((item) => item.departmentCode))].sort();
    const departments = await departmentByCode(context).loadMany(codes);
    return departments.filter((department) => department instanceof Department);
  }

  @FieldResolver(() => [BundlePrerequisite], {
    description: 'Items of the bundle that need another of its items decided first.',
  })
  prerequisites(@Root() bundle: Bundle): BundlePrerequisite[] {
    return bundle.prerequisites;
  }
}

@Resolver(() => BundlePrerequisite)
export class BundlePrerequisiteResolver {
  @FieldResolver(() => Item, { nullable: true, description: 'The item that waits.' })
  item(@Root() link: BundlePrerequisite, @Ctx() context: RequestContext) {
    return publishedItemByCode(context).load(link.itemCode);
  }

  @FieldResolver(() => Item, { nullable: true, description: 'The item it waits for.' })
  requires(@Root() link: BundlePrerequisite, @Ctx() context: RequestContext) {
    return publishedItemByCode(context).load(link.requiresItemCode);
  }
}

export const resolveBundleReference = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => bundleByCode(context).load(String(reference.code));
