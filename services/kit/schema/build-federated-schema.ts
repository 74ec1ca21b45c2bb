import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../identity/auth-checker';
import { nullableWhereFailuresStop } from './partial-results';
import { notFound } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';

/** Federation 2 version every subgraph links; raising it is a deliberate, hub-wide change. */
export const federationLink = `
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.7"
      import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"]
    )
`;

/** Resolves an entity from the representation another subgraph sent: `{ __typename, ...key }`. */
export type ReferenceResolver = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => unknown;

export interface FederatedSchemaOptions {
  // type-graphql resolvers are classes; their shapes vary freely.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** Reference resolvers by entity type name; each should go through a per-request DataLoader. */
  references?: Record<string, ReferenceResolver>;
}

/**
 * Another subgraph may name an object this one does not have (yet): a department's review before
 * the department received the task, a row gone since. Answered null, the gateway reports an
 * untyped "Unexpected error" for the first field asked of it; NOT_FOUND says what happened, and
 * the field is null with the rest of the answer standing.
 */
function resolvingOrNotFound(typeName: string, resolve: ReferenceResolver): ReferenceResolver {
  return async (reference, context) => {
    const found = await resolve(reference, context);
    if (found !== null && found !== undefined) return found;
    const key = Object.entries(reference)
      .filter(([field]) => field !== '__typename')
      .map(([, value]) => String(value))
      .join(' ');
    throw notFound(typeName, key);
  };
}

export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker,
    // type-graphql wants a PubSub once any subscription exists, even when every subscription
    // brings its own `subscribe` (as the hub's do: events come from the event log, not PubSub).
    pubSub: {
      publish: () => {},
      subscribe: () => {
        throw new Error('Declare subscriptions with `subscribe`; the hub has no PubSub.');
      },
    },
    validate: false,
    // A subgraph may have no root query of its own; composition checks the whole.
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    const typeResolvers = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = {
      ...typeResolvers,
      __resolveReference: resolvingOrNotFound(typeName, resolveReference),
    } as never;
  }
  return buildSubgraphSchema({
    typeDefs: gql(federationLink + nullableWhereFailuresStop(printSchemaWithDirectives(schema))),
    resolvers,
  });
}
