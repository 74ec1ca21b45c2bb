import { createHash } from 'node:crypto';
import { registeredOperations } from '.';

/** A document's id as a client sends it (`extensions.persistedQuery.sha256Hash` or `documentId`). */
export const documentId = (document: string) => createHash('sha256').update(document).digest('hex');

/** The registered operations by id: what a gateway accepting only trusted documents serves. */
export const trustedDocuments = new Map(
  registeredOperations.map((document) => [documentId(document), document]),
);
