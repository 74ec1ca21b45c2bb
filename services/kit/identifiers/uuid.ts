const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are uuids; anything else names no record, and must not reach a uuid column, where
 * PostgreSQL would answer with a cast error instead of "not found".
 */
export const isUuid = (value: string) => uuidPattern.test(value);
