import type { HubConfig } from '../services/kit';
import { trustedDocuments } from '../operations/trusted-documents';

/**
 * Registered operations a client may send by id instead of text. With trusted documents only
 * (production's choice), any other document is refused before it is parsed.
 */
export const trustedDocumentsOptions = (config: HubConfig) => ({
  getPersistedOperation: (id: string) => trustedDocuments.get(id) ?? null,
  allowArbitraryDocuments: !config.trustedDocumentsOnly,
  customErrors: {
    persistedQueryOnly: {
      message: 'This gateway accepts only registered operations, sent by their id.',
      extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
    },
    notFound: {
      message: 'No registered operation has this id.',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
    },
  },
});
