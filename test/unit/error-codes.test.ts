import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { errorCatalog, projectRoot } from '../../services/kit';

const codeLiteral = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const literalsIn = (text: string) => [...text.matchAll(codeLiteral)].map((match) => match[1]);

/**
 * Every error code a piece of source uses, wherever it is written: the first argument of
 * `new DomainError(...)`, `code: '...'` in an error's `extensions`, the values of a `...ErrorCode`
 * map, a `'...' satisfies ErrorCode`, and any argument of a function that takes an `ErrorCode`
 * (such as `requireOffice(context, role, 'LEGAL_OFFICE_ONLY')`).
 */
function errorCodesUsedIn(sources: string[]): Set<string> {
  const all = sources.join('\n');
  const takesCode = new Set(
    [
      ...all.matchAll(/function (\w+)\([^)]*:\s*ErrorCode\b/g),
      ...all.matchAll(/(\w+)\s*=\s*\([^)]*:\s*ErrorCode\b/g),
    ].map((match) => match[1]),
  );
  const codes = new Set<string>();
  const add = (texts: string[]) =>
    texts.forEach((text) => literalsIn(text).forEach((c) => codes.add(c)));
  for (const source of sources) {
    add([...source.matchAll(/new DomainError\(\s*('[^']*')/g)].map((m) => m[1]));
    add([...source.matchAll(/extensions:\s*\{[^}]*?code:\s*('[^']*')/g)].map((m) => m[1]));
    add([...source.matchAll(/ErrorCode\s*=\s*\{([^}]*)\}/g)].map((m) => m[1]));
    add([...source.matchAll(/('[^']*')\s+(?:satisfies|as)\s+ErrorCode\b/g)].map((m) => m[1]));
    for (const name of takesCode) {
      add([...source.matchAll(new RegExp(`\\b${name}\\(([^;]*?)\\);`, 'g'))].map((m) => m[1]));
    }
  }
  return codes;
}

const hubSources = () =>
  ['services', 'gateway', 'scripts']
    .flatMap((directory) => sourceFiles(join(projectRoot(), directory)))
    .map((path) => readFileSync(path, 'utf8'));

describe('the error catalog', () => {
  it('lists every code the hub source uses', () => {
    const used = errorCodesUsedIn(hubSources());
    // The scan reaches each way a code is written in the hub today.
    for (const code of [
      'NOT_OWN_DEPARTMENT',
      'LEGAL_OFFICE_ONLY',
      'QUERY_TOO_DEEP',
      'FILE_EMPTY',
    ]) {
      expect(used).toContain(code);
    }
    const missing = [...used].filter((code) => !Object.hasOwn(errorCatalog, code));
    expect(missing).toEqual([]);
  });

  it('finds a code missing from the catalog, however it is written', () => {
    const source = `
      const refuse = (code: ErrorCode, message: string) => { throw new DomainError(code, message); };
      export const PaymentErrorCode = { Declined: 'PAYMENT_DECLINED' } as const;
      throw new DomainError(
        'INVOICE_LOCKED',
        'The invoice is locked.',
      );
      refuse('RECEIPT_MISSING', 'No receipt.');
      new GraphQLError('Too slow.', { extensions: { code: 'TOO_SLOW', http: { status: 504 } } });
      const fallback = 'NEVER_SEEN' satisfies ErrorCode;
    `;
    const used = errorCodesUsedIn([source]);
    expect([...used].sort()).toEqual([
      'INVOICE_LOCKED',
      'NEVER_SEEN',
      'PAYMENT_DECLINED',
      'RECEIPT_MISSING',
      'TOO_SLOW',
    ]);
  });

  it('is the schema’s ErrorCode enum, value for value, each described', () => {
    const schema = buildSchema(readFileSync(join(projectRoot(), 'schema/public.graphql'), 'utf8'));
    const type = schema.getType('ErrorCode');
    if (!isEnumType(type)) throw new Error('The public schema has no ErrorCode enum.');
    expect(type.getValues().map((value) => value.name)).toEqual(Object.keys(errorCatalog));
    for (const value of type.getValues()) {
      expect(value.description).toBe(errorCatalog[value.name as keyof typeof errorCatalog]);
    }
  });
});
