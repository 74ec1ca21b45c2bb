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
import { LockMode } from '@mikro-orm/postgresql';
import {
  ConnectionType,
  DomainError,
  PageArgs,
  Role,
  badInput,
  paginate,
  publishEvent,
  type RequestContext,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { Item } from '../item/item.entity';
import { ItemStatus } from '../item/item-status';
import { publishedItemByCode } from '../item/item.loader';
import { Bundle, type PrerequisiteLink } from './bundle.entity';
import { BundleInput } from './bundle.input';
import { findCycle } from './find-cycle';
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
    const codes = [...new Set(input.itemCodes)];
    if (!/^[A-Z][A-Z0-9_-]{1,31}$/.test(input.code) || !input.name.trim()) {
      throw badInput('A bundle needs a code (capitals, digits, - or _) and a name.');
    }
    if (!Number.isInteger(input.timeLimitDays) || input.timeLimitDays < 1) {
      throw badInput('A time limit is a positive whole number of working days.');
    }
    if (codes.length < 2 || codes.length !== input.itemCodes.length) {
      throw badInput('A bundle names at least two different items, each once.');
    }
    const links: PrerequisiteLink[] = input.prerequisites.map((link) => ({
      itemCode: link.itemCode,
      requiresItemCode: link.requiresItemCode,
    }));
    const strangers = links
      .flatMap((link) => [link.itemCode, link.requiresItemCode])
      .filter((code) => !codes.includes(code));
    if (strangers.length > 0) {
      throw badInput('Prerequisites link items of the bundle only.', { itemCodes: strangers });
    }
    const cycle = findCycle(links.map((link) => [link.itemCode, link.requiresItemCode]));
    if (cycle) {
      throw new DomainError(
        'BUNDLE_PREREQUISITE_CYCLE',
        `Items of the bundle wait for each other: ${cycle.join(' -> ')}.`,
        { cycle },
      );
    }
    return em.transactional(async (tx) => {
      const items = await tx.find(Item, { code: { $in: codes }, status: ItemStatus.PUBLISHED });
      const unpublished = codes.filter((code) => !items.some((item) => item.code === code));
      if (unpublished.length > 0) {
        throw new DomainError(
          'ITEM_NOT_PUBLISHED',
          `Only published items may be bundled; ${unpublished.join(', ')} are not.`,
          { itemCodes: unpublished },
        );
      }
      // Reform rule (parallel approval, 并联审批): departments may not make each other's approval
      // a precondition inside a joint approval. A link between two items of one department is
      // that department's own order of work, kept inside its one task.
      const departmentOf = new Map(items.map((item) => [item.code, item.departmentCode]));
      const crossing = links.filter(
        (link) => departmentOf.get(link.itemCode) !== departmentOf.get(link.requiresItemCode),
      );
      if (crossing.length > 0) {
        throw new DomainError(
          'CROSS_DEPARTMENT_PREREQUISITE',
          `Inside a joint approval no department waits for another's decision: ${crossing
            .map((link) => `${link.itemCode} requires ${link.requiresItemCode}`)
            .join('; ')}.`,
          { prerequisites: crossing },
        );
      }
      const departmentCodes = [...new Set(items.map((item) => item.departmentCode))].sort();
      if (departmentCodes.length < 2) {
        throw new DomainError(
          'BUNDLE_SINGLE_DEPARTMENT',
          'A bundle joins items of at least two departments.',
          { departmentCodes },
        );
      }
      let bundle = await tx.findOne(
        Bundle,
        { code: input.code },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const now = new Date();
      const content = {
        name: input.name.trim(),
        description: input.description.trim(),
        timeLimitDays: input.timeLimitDays,
        itemCodes: codes,
        prerequisites: links,
        publishedBy: identity.subject!,
        publishedAt: now,
      };
      if (bundle) {
        bundle.version += 1;
        Object.assign(bundle, content);
      } else {
        bundle = tx.create(Bundle, { code: input.code, version: 1, createdAt: now, ...content });
      }
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.bundle.published',
        key: bundle.code,
        payload: {
          code: bundle.code,
          version: bundle.version,
          name: bundle.name,
          timeLimitDays: bundle.timeLimitDays,
          items: items.map((item) => ({
            code: item.code,
            version: item.version,
            departmentCode: item.departmentCode,
          })),
          departmentCodes,
          prerequisites: links,
        },
      });
      return bundle;
    });
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
