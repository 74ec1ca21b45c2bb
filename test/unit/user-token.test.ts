import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { readConfig, Role } from '../../services/kit';
import { createUserTokenVerifier, signUserToken } from '../../gateway/user-token';

describe('user tokens with the development secret', () => {
  const config = readConfig({});
  const verify = createUserTokenVerifier(config);
  const person = {
    subject: 'p1',
    name: 'Qian Lei',
    roles: [Role.DEPARTMENT_REVIEWER],
    departmentCode: 'DRC',
    applicantId: null,
  };

  it('reads the identity a valid token carries', async () => {
    const token = await signUserToken(person, config.userTokenSecret);
    expect(await verify(`Bearer ${token}`)).toEqual(person);
  });

  it('treats a request with no Authorization header as anonymous', async () => {
    expect((await verify(null)).subject).toBeNull();
  });

  it('drops roles the hub does not know', async () => {
    const token = await new SignJWT({ roles: ['DEPARTMENT_REVIEWER', 'GOD'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('p2')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(config.userTokenSecret));
    expect((await verify(`Bearer ${token}`)).roles).toEqual([Role.DEPARTMENT_REVIEWER]);
  });

  it.each([
    ['a malformed header', 'Token abc'],
    ['a token without a subject', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln'],
  ])('refuses %s', async (_case, header) => {
    await expect(verify(header)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses to start in production on the development secret', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/must be set in production/);
  });
});

describe('user tokens from an identity provider (JWKS)', () => {
  let server: Server;
  let privateKey: KeyLike;
  let jwksUrl: string;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const sign = (claims: { iss: string; aud: string }) =>
    new SignJWT({ roles: ['SUPERVISOR'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('sup-1')
      .setIssuer(claims.iss)
      .setAudience(claims.aud)
      .setExpirationTime('5m')
      .sign(privateKey);

  const verifier = () =>
    createUserTokenVerifier(
      readConfig({
        ONESTOP_JWKS_URL: jwksUrl,
        ONESTOP_JWT_ISSUER: 'https://id.example.gov',
        ONESTOP_JWT_AUDIENCE: 'onestop',
      }),
    );

  it('accepts a token signed by a key of the JWKS, for the configured issuer and audience', async () => {
    const token = await sign({ iss: 'https://id.example.gov', aud: 'onestop' });
    expect((await verifier()(`Bearer ${token}`)).roles).toEqual([Role.SUPERVISOR]);
  });

  it('refuses another audience, and an HS256 token even with the development secret', async () => {
    const wrongAudience = await sign({ iss: 'https://id.example.gov', aud: 'elsewhere' });
    await expect(verifier()(`Bearer ${wrongAudience}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const hs = await signUserToken(
      {
        subject: 'x',
        name: null,
        roles: [Role.SUPERVISOR],
        departmentCode: null,
        applicantId: null,
      },
      readConfig({}).userTokenSecret,
    );
    await expect(verifier()(`Bearer ${hs}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
