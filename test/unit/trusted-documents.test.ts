import { readConfig } from '../../services/kit';
import { createHubGateway } from '../../gateway/gateway';
import { readSupergraph } from '../../gateway/supergraph';
import { dossierQuery } from '../../operations/dossier';
import { documentId, trustedDocuments } from '../../operations/trusted-documents';
import { consoleDocuments } from '../../operations/console-documents';

// Subgraphs are not running: an accepted document gets as far as calling them.
const gatewayWith = (trustedDocumentsOnly: boolean) =>
  createHubGateway({
    supergraphSdl: readSupergraph(),
    config: { ...readConfig(), trustedDocumentsOnly },
  });

async function send(gateway: ReturnType<typeof gatewayWith>, body: object) {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
}

const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

const byId = (document: string) => ({
  variables: { id: '00000000-0000-4000-8000-000000000000' },
  extensions: { persistedQuery: { version: 1, sha256Hash: documentId(document) } },
});

describe('trusted documents', () => {
  const only = gatewayWith(true);
  const open = gatewayWith(false);
  afterAll(async () => {
    await only.dispose();
    await open.dispose();
  });

  it('registers every operation of operations/ by its sha256', () => {
    expect(trustedDocuments.get(documentId(dossierQuery))).toBe(dossierQuery);
  });

  it("registers every document of the console's codegen manifest under the id the console sends", () => {
    const manifest = Object.entries(consoleDocuments());
    expect(manifest.length).toBeGreaterThan(40);
    for (const [id, document] of manifest) {
      expect({ id, registered: trustedDocuments.get(id) === document }).toEqual({
        id,
        registered: true,
      });
      expect(documentId(document)).toBe(id);
    }
  });

  it("serves the console's documents by id when only trusted documents are accepted", async () => {
    const [deskTasks] = Object.values(consoleDocuments()).filter((document) =>
      document.includes('query DrcDeskTasks'),
    );
    const result = await send(only, byId(deskTasks));
    expect(codes(result)).not.toContain('PERSISTED_QUERY_ONLY');
    expect(codes(result)).not.toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(codes(result)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document sent as text when only trusted documents are accepted', async () => {
    expect(codes(await send(only, { query: '{ errorCodes { code } }' }))).toEqual([
      'PERSISTED_QUERY_ONLY',
    ]);
  });

  it('refuses an id no operation is registered under', async () => {
    expect(codes(await send(only, byId('{ unknownDocument }')))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
  });

  it('runs a registered operation sent by id', async () => {
    const result = await send(only, byId(dossierQuery));
    expect(codes(result)).not.toContain('PERSISTED_QUERY_ONLY');
    expect(codes(result)).not.toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(codes(result)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('accepts documents as text by default', async () => {
    expect(codes(await send(open, { query: '{ __typename }' }))).toEqual([]);
  });
});
