import type { EntityManager, EntityName, QueryOrderMap } from '@mikro-orm/postgresql';
import { badInput } from '../errors/domain-error';
import { isUuid } from '../identifiers/uuid';

/** What a cursor may carry for one column of the order, by the column's type. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const maxCursorLength = 1_000;
const maxTextLength = 200;

function fits(value: unknown, columnType: string): boolean {
  switch (columnType) {
    case 'uuid':
      return typeof value === 'string' && isUuid(value);
    case 'timestamptz':
    case 'timestamp':
    case 'datetime':
      return (
        typeof value === 'string' && isoInstant.test(value) && !Number.isNaN(Date.parse(value))
      );
    case 'date':
      return typeof value === 'string' && isoDate.test(value);
    case 'int':
    case 'int4':
    case 'integer':
    case 'smallint':
      return Number.isSafeInteger(value);
    case 'bigint':
    case 'int8':
      return (
        Number.isSafeInteger(value) || (typeof value === 'string' && /^-?\d{1,19}$/.test(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    default:
      // Text of every kind: codes, subjects, enum values.
      return (
        typeof value === 'string' && value.length <= maxTextLength && !value.includes('\u0000')
      );
  }
}

/**
 * A cursor is a base64url JSON array with one value per column of the list's order. One that is
 * not exactly that (garbage, another list's cursor, values crafted to be operators or of the
 * wrong type for their column) is refused with BAD_USER_INPUT before any statement runs.
 */
export function checkCursor<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  orderBy: QueryOrderMap<T>,
  cursor: string,
  argument: 'after' | 'before',
): void {
  const refuse = () => badInput(`${argument} is not a cursor this list gave out.`, { argument });
  if (cursor.length > maxCursorLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const meta = em.getMetadata().get(entity as never);
  const columns = Object.keys(orderBy);
  if (!Array.isArray(values) || values.length !== columns.length) throw refuse();
  columns.forEach((key, index) => {
    const property = meta.properties[key as never] as
      { columnTypes?: string[]; type?: string } | undefined;
    const columnType = (property?.columnTypes?.[0] ?? property?.type ?? '').toLowerCase();
    if (!fits(values[index], columnType.replace(/\(.*$/, ''))) throw refuse();
  });
}
