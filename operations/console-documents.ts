import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/kit';

/** The console's codegen manifest: every document it sends, by the id it sends it with. */
export const consoleManifestFile = join(
  projectRoot(),
  'web',
  'src',
  'gql',
  'persisted-documents.json',
);

/** The console's documents (`npm run web:codegen` writes the manifest). */
export function consoleDocuments(file = consoleManifestFile): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}
