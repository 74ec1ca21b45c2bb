import { GraphQLError } from 'graphql';

/**
 * The stable codes front-ends switch on. Subgraphs add domain codes of their own
 * (`SECTION_LIMIT_REACHED`, ...) by passing any upper-case string.
 */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  /** An argument longer, or a list with more items, than the hub takes. */
  InputTooLarge: 'INPUT_TOO_LARGE',
  /** A request body larger than the gateway reads. */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** A refusal the caller can act on: it reaches the client with `extensions.code` and no stack. */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }

  get code(): string {
    return this.extensions.code as string;
  }
}

export const unauthenticated = (message = 'Sign in to do this.') =>
  new DomainError(ErrorCode.Unauthenticated, message);

export const forbidden = (message = 'Your roles do not allow this.') =>
  new DomainError(ErrorCode.Forbidden, message);

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BadUserInput, message, details);

export const notFound = (what: string, key: string) =>
  new DomainError(ErrorCode.NotFound, `${what} ${key} does not exist.`, { what, key });

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.Conflict, message, details);
