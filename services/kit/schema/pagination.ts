import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from 'type-graphql';
import type { Cursor } from '@mikro-orm/core';
import { badInput } from '../errors/domain-error';

export const maxPageSize = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: `How many entries to return, from 1 to ${maxPageSize}.`,
  })
  first = 20;

  @Field(() => String, {
    nullable: true,
    description: "Return entries after this cursor (a previous page's `pageInfo.endCursor`).",
  })
  after?: string | null;
}

export function checkPage({ first, after }: PageArgs): { first: number; after?: string } {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw badInput(`first must be between 1 and ${maxPageSize}.`, { first });
  }
  return { first, after: after ?? undefined };
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field({ description: 'Whether more entries follow this page.' })
  hasNextPage!: boolean;

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
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount,
  };
}
