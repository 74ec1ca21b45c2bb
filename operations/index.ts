import { boardQuery } from './board';
import { dossierQuery } from './dossier';
import { reviewDeskQuery } from './review-desk';

/**
 * Every operation front-ends send that the hub registers: `npm run schema:check` validates each
 * against the schema, and a gateway that accepts only trusted documents serves these (with the
 * documents of a client's codegen manifest). Each is named; the name is unique.
 */
export const registeredOperations: string[] = [boardQuery, dossierQuery, reviewDeskQuery];
