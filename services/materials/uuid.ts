const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else names no record, and must not reach PostgreSQL as a cast error. */
export const isUuid = (value: string) => uuidShape.test(value);
