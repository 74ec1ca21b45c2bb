import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-catalog';

/**
 * Errors we raised on purpose pass through; anything else becomes an opaque internal error,
 * logged here, so no stack trace or SQL ever reaches a client.
 */
export function maskError(error: unknown): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError && original.extensions?.code) {
    if (original === error) return error as GraphQLError;
    const wrapper = error as GraphQLError;
    return new GraphQLError(original.message, {
      nodes: wrapper.nodes,
      path: wrapper.path,
      extensions: original.extensions,
    });
  }
  if (error instanceof GraphQLError && !error.originalError) {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: {
        ...error.extensions,
        code: error.extensions?.code ?? ('BAD_USER_INPUT' satisfies ErrorCode),
      },
    });
  }
  console.error('[onestop] unexpected error', original);
  return new GraphQLError('Unexpected error.', {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
  });
}
