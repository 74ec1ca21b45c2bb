import { generateKeyPairSync } from 'node:crypto';
import { readConfig } from '../../services/kit';
import { createHubGateway } from '../../gateway/gateway';
import { readSupergraph } from '../../gateway/supergraph';

// Attack: with introspection off, a mistyped field still made production suggest real ones
// ("Did you mean ..."), so the schema could be read back one guess at a time.
const key = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
const config = readConfig({
  NODE_ENV: 'production',
  ONESTOP_JWT_SECRET: 'j'.repeat(40),
  ONESTOP_SEAL_KEY: 's'.repeat(40),
  ONESTOP_JWT_ISSUER: 'https://id.example.gov',
  ONESTOP_JWT_AUDIENCE: 'onestop',
  ONESTOP_GATEWAY_PRIVATE_KEY: key.toString(),
});
const gateway = createHubGateway({ supergraphSdl: readSupergraph(), config });

afterAll(() => gateway.dispose());

const ask = async (query: string) => {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { errors?: { message: string }[] } };
};

describe('the production gateway', () => {
  it('names a mistyped field without suggesting real ones', async () => {
    const { body } = await ask('{ departmentz { totalCount } }');
    expect(body.errors?.[0].message).toMatch(/departmentz/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|"departments"/);
  });

  it('refuses introspection', async () => {
    const { body } = await ask('{ __schema { types { name } } }');
    expect(body.errors?.length).toBeGreaterThan(0);
  });

  it('sends the strict headers a browser should obey', async () => {
    const { response } = await ask('{ __typename }');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
