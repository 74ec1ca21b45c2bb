/**
 * The one text a signature covers: JSON with object keys in code-point order at every depth and no
 * whitespace, so the same content always gives the same bytes whoever serializes it and however
 * its keys were ordered when it was built.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form.`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      if (value instanceof Date) {
        throw new TypeError('Dates must be ISO strings before they are signed.');
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`A ${typeof value} has no JSON form.`);
  }
}
