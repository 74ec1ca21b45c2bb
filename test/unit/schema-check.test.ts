import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, visit } from 'graphql';
import { projectRoot } from '../../services/kit';
import { registeredOperations } from '../../operations';
import { checkSchema } from '../../scripts/schema-check';

const committed = readFileSync(join(projectRoot(), 'schema/public.graphql'), 'utf8');

/** The committed schema with one field of one type taken out, as a careless rename would. */
function withoutField(sdl: string, typeName: string, fieldName: string): string {
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition(node) {
        if (node.name.value !== typeName) return undefined;
        return { ...node, fields: node.fields?.filter((field) => field.name.value !== fieldName) };
      },
    }),
  );
}

describe('npm run schema:check', () => {
  it('accepts the committed schema with every registered operation', () => {
    expect(checkSchema(committed, committed, registeredOperations)).toEqual({
      breaking: [],
      dangerous: [],
      invalidOperations: [],
    });
  });

  it('catches a removed field, and the registered operations that select it', () => {
    const check = checkSchema(committed, withoutField(committed, 'Case', 'reference'), [
      ...registeredOperations,
    ]);
    expect(check.breaking).toEqual(['Case.reference was removed.']);
    expect(check.invalidOperations).toEqual(
      expect.arrayContaining([
        'Dossier: Cannot query field "reference" on type "Case".',
        'ReviewDesk: Cannot query field "reference" on type "Case".',
      ]),
    );
  });

  it('catches a field that became nullable under a client reading it as required', () => {
    const loosened = committed.replace(
      /(type Case implements[^{]*\{|type Case \{)([\s\S]*?)\n {2}reference: String!/,
      '$1$2\n  reference: String',
    );
    expect(loosened).not.toBe(committed);
    // Output fields may become non-null safely, not the other way round.
    expect(checkSchema(committed, loosened, []).breaking).toEqual([
      'Case.reference changed type from String! to String.',
    ]);
  });
});
