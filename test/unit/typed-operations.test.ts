import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, validate } from 'graphql';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';
import { projectRoot } from '../../services/kit';
import { departmentCodes } from '../../services/departments/codes';
import { deskOperations } from '../../web/src/desk-operations';
import { deskDocumentsFile, deskDocumentsSource } from '../../scripts/desk-documents';

const root = projectRoot();
const schema = buildSchema(readFileSync(join(root, 'schema/public.graphql'), 'utf8'));

it('builds every department desk operation valid against the public schema', () => {
  for (const code of departmentCodes) {
    for (const [name, document] of Object.entries(deskOperations(code))) {
      const errors = validate(schema, document).map((error) => error.message);
      expect({ code, name, errors }).toEqual({ code, name, errors: [] });
    }
  }
});

it("writes out every department's desk operations, as scripts/desk-documents.ts makes them", () => {
  // npm run web:codegen rewrites the file, e.g. after a department is added.
  expect(readFileSync(deskDocumentsFile, 'utf8')).toBe(deskDocumentsSource());
});

// Fails when an operation no longer validates against the schema, or when the generated types
// were not regenerated after a change (npm run web:codegen, npm run examples:codegen).
it.each(['web/codegen.yml', 'examples/review-desk/codegen.yml'])(
  'keeps the committed typed operations of %s in step with its queries and the schema',
  async (configFile) => {
    const config = parse(readFileSync(join(root, configFile), 'utf8'));
    const files = await generate({ ...config, cwd: root, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files as { filename: string; content: string }[]) {
      const committed = readFileSync(join(root, file.filename), 'utf8');
      expect({ file: file.filename, same: committed === file.content }).toEqual({
        file: file.filename,
        same: true,
      });
    }
  },
  60_000,
);
