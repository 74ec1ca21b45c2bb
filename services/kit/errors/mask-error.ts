import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-catalog';
import { databaseRefusal } from './database-errors';

/** Longest message echoed back: graphql-js quotes the whole refused value in its messages. */
const maxMessageLength = 500;

const clipped = (message: string) =>
  message.length <= maxMessageLength ? message : `${message.slice(0, maxMessageLength)}…`;

/**
 * A variable the schema could not coerce (unknown input field, wrong scalar, invalid enum value,
 * null where none is allowed) fails before execution, so without a path; graphql-js wraps the
 * scalar's or its own refusal, a GraphQLError without a code, in the error it reports.
 */
function isInputCoercionError(error: unknown, original: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    !error.path &&
    original !== error &&
    original instanceof GraphQLError &&
    !original.extensions?.code
  );
}

/**
 * Errors we raised on purpose pass through; anything else becomes an opaque internal error,
 * logged by the server that masks it (with its stack, see server/apollo-plugins.ts), so no stack trace or SQL
 * ever reaches a client.
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
  if (isInputCoercionError(error, original)) {
    return new GraphQLError(clipped(error.message), {
      nodes: error.nodes,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode },
    });
  }
  if (error instanceof GraphQLError && !error.originalError) {
    return new GraphQLError(clipped(error.message), {
      nodes: error.nodes,
      path: error.path,
      extensions: {
        ...error.extensions,
        code: error.extensions?.code ?? ('BAD_USER_INPUT' satisfies ErrorCode),
      },
    });
  }
  const refusal = databaseRefusal(original);
  if (refusal) {
    return new GraphQLError(refusal.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: refusal.extensions,
    });
  }
  return new GraphQLError('Unexpected error.', {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
  });
}
