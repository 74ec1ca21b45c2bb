import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from 'type-graphql';
import type { Cursor } from '@mikro-orm/core';
import { badInput } from '../errors/domain-error';

export const maxPageSize = 100;

export const defaultPageSize = 20;

/**
 * Relay's arguments: `first` entries after a cursor, or `last` entries before one. Asking for
 * neither gives the first 20; asking for both `first` and `last` is refused, since the page
 * would have two sizes.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many entries to return from the start (or from \`after\`), 1 to ${maxPageSize}; ${defaultPageSize} when neither \`first\` nor \`last\` is given.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return entries after this cursor (a previous page's `pageInfo.endCursor`).",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many entries to return from the end (or from \`before\`), 1 to ${maxPageSize}.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return entries before this cursor (a later page's `pageInfo.startCursor`).",
  })
  before?: string | null;
}

/** A checked page request: a size counted from the start (`first`) or from the end (`last`). */
export type CheckedPage =
  | { first: number; last?: undefined; after?: string; before?: string }
  | { first?: undefined; last: number; after?: string; before?: string };

function checkSize(name: 'first' | 'last', size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
    throw badInput(`${name} must be between 1 and ${maxPageSize}.`, { [name]: size });
  }
  return size;
}

export function checkPage({ first, after, last, before }: PageArgs): CheckedPage {
  const cursors = { after: after ?? undefined, before: before ?? undefined };
  if (first != null && last != null) {
    throw badInput('Give first or last, not both.', { first, last });
  }
  if (last != null) return { last: checkSize('last', last), ...cursors };
  return { first: checkSize('first', first ?? defaultPageSize), ...cursors };
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field({ description: 'Whether more entries follow this page.' })
  hasNextPage!: boolean;

  @Field({
    description:
      'Whether entries come before this page: always known when paging backwards with `last`; when paging forwards, true once the page starts after a cursor.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the first entry on this page; pass it as `before` for the previous page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last entry on this page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or a count that runs only if the client selected `totalCount`. */
  totalCount: number | PromiseLike<number>;
}

/**
 * A value computed only when awaited. GraphQL awaits a field's value only when the query selects
 * that field, so work behind it is skipped for clients that do not ask.
 */
export function whenAsked<T>(compute: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= compute();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type: every list that can grow is
 * returned as one of these.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, noun: string) {
  @ObjectType(`${node.name}Edge`, { description: `One ${noun} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this entry in the list.' })
    cursor!: string;

    @Field(() => node, { description: `The ${noun}.` })
    node!: T;
  }

  @ObjectType(`${node.name}Connection`, { description: `A page of ${noun} entries.` })
  class PageOf implements Connection<T> {
    @Field(() => [node], { description: `The ${noun} entries on this page, in order.` })
    nodes!: T[];

    @Field(() => [Edge], { description: `The ${noun} entries on this page with their cursors.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${noun} entries the whole list holds.` })
    totalCount!: number | PromiseLike<number>;
  }
  return PageOf;
}

/** Turns a MikroORM keyset cursor into the connection shape. */
export function toConnection<T extends object>(
  cursor: Cursor<T, any, any, any, any>,
  totalCount: number | PromiseLike<number> = cursor.totalCount ?? cursor.items.length,
): Connection<T> {
  const nodes = cursor.items as T[];
  return {
    nodes,
    edges: nodes.map((node) => ({ cursor: cursor.from(node), node })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount,
  };
}
