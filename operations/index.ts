import { boardQuery } from './board';
import { consoleDocuments } from './console-documents';
import { dossierQuery } from './dossier';
import { reviewDeskQuery } from './review-desk';

/**
 * Every operation front-ends send that the hub registers: `npm run schema:check` validates each
 * against the schema, and a gateway that accepts only trusted documents serves these. They are
 * the operations of this folder and every document of the console's codegen manifest.
 */
export const registeredOperations: string[] = [
  boardQuery,
  dossierQuery,
  reviewDeskQuery,
  ...Object.values(consoleDocuments()),
];
