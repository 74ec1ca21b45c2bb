import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Role, type RequestContext } from '../../kit';
import { amendItem } from './amend-item';
import { Item } from './item.entity';
import { ItemInput } from './item.input';
import { proposers } from './item-proposers';
import { proposeItem } from './propose-item';
import { publishItem } from './publish-item';
import { approveItem, returnItem } from './review-item';

const itemCode = { description: 'Code of the item.' };
const itemVersion = { description: 'Version number.' };

@Resolver()
export class ItemLifecycleResolver {
  @Authorized(...proposers)
  @Mutation(() => Item, {
    description:
      "Proposes a new item of the caller's department (version 1); the legal office reviews it.",
  })
  proposeItem(
    @Arg('input', () => ItemInput, { description: 'The item.' }) input: ItemInput,
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    return proposeItem(context, input);
  }

  @Authorized(...proposers)
  @Mutation(() => Item, {
    description:
      'Amends an item: a new version with the full new content, for the legal office to review.',
  })
  amendItem(
    @Arg('input', () => ItemInput, { description: 'The new content of the item.' })
    input: ItemInput,
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    return amendItem(context, input);
  }

  @Mutation(() => Item, {
    description: 'The legal office approves a proposed version (LEGAL_OFFICE_ONLY otherwise).',
  })
  approveItem(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, itemVersion) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    return approveItem(context, code, version);
  }

  @Mutation(() => Item, {
    description: 'The legal office returns a proposed version to its department, with reasons.',
  })
  returnItem(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, itemVersion) version: number,
    @Arg('reasons', () => [String], { description: 'Why, one entry per problem.' })
    reasons: string[],
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    return returnItem(context, code, version, reasons);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Item, {
    description:
      'The center publishes an approved version: it comes into force and replaces the previous one.',
  })
  publishItem(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, itemVersion) version: number,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<Item> {
    return publishItem(em, identity, code, version);
  }
}
