import { DomainError } from './domain-error';

// PostgreSQL SQLSTATEs: query_canceled (statement_timeout), lock_not_available (lock_timeout),
// idle_in_transaction_session_timeout.
const timeoutStates = new Set(['57014', '55P03', '25P03']);
// admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is connection exceptions.
const unavailableStates = new Set(['57P01', '57P02', '57P03']);
const unavailableNetworkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * The same, said in words: a connection the pool opens while the server is down fails before the
 * driver can attach a code, and what reaches us then is a plain Error with the driver's message.
 */
const unavailableMessage =
  /\b(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)\b|Connection terminated|Connection ended unexpectedly|terminating connection|not queryable|the database system is (shutting down|starting up|not yet accepting connections|in recovery mode)/;

interface DriverError {
  name?: string;
  code?: string;
  message?: string;
}

/**
 * The typed refusal (`DATABASE_TIMEOUT`: a statement, a lock wait or the wait for a pooled
 * connection ran out of time; `DATABASE_UNAVAILABLE`: the database refused or dropped the
 * connection) for a database that timed out or went away, or null for any other error.
 * The pg driver's SQLSTATE, or Node's network code, survives MikroORM's wrapping as `code`;
 * knex's pool says its own timeout.
 */
export function databaseRefusal(error: unknown): DomainError | null {
  // Not `instanceof Error`: Node's own network errors may come from another realm.
  if (typeof error !== 'object' || error === null) return null;
  const { name, code, message = '' } = error as DriverError;
  if (
    (code && timeoutStates.has(code)) ||
    name === 'KnexTimeoutError' ||
    /Timeout acquiring a connection/.test(message)
  ) {
    return new DomainError(
      'DATABASE_TIMEOUT',
      'The database did not answer in time; nothing was changed. Try again.',
      { retryable: true },
    );
  }
  if (
    (code && (unavailableStates.has(code) || code.startsWith('08'))) ||
    (code && unavailableNetworkCodes.has(code)) ||
    unavailableMessage.test(message)
  ) {
    return new DomainError(
      'DATABASE_UNAVAILABLE',
      'The database is not reachable right now; nothing was changed. Try again.',
      { retryable: true },
    );
  }
  return null;
}
