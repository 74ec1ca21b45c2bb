import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-catalog';

/** A refusal the caller can act on: it reaches the client with `extensions.code` and no stack. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = (message = 'Sign in to do this.') =>
  new DomainError('UNAUTHENTICATED', message);

export const forbidden = (message = 'Your roles do not allow this.') =>
  new DomainError('FORBIDDEN', message);

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);

export const notFound = (what: string, key: string) =>
  new DomainError('NOT_FOUND', `${what} ${key} does not exist.`, { what, key });

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);
