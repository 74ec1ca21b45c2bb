import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  gatewaySigningKey,
  gatewayVerifyingKey,
  readConfig,
  Role,
  subgraphRoleUrls,
  type HubConfig,
} from '../../services/kit';
import { createUserTokenVerifier } from '../../gateway/user-token';

const strong = (name: string) => `${name}-${'k'.repeat(40)}`;
const production = {
  NODE_ENV: 'production',
  ONESTOP_JWT_SECRET: strong('jwt'),
  ONESTOP_SEAL_KEY: strong('seal'),
  ONESTOP_JWT_ISSUER: 'https://id.example.gov',
  ONESTOP_JWT_AUDIENCE: 'onestop',
};

describe('production settings', () => {
  it('start with long secrets, an issuer and an audience', () => {
    expect(readConfig(production).production).toBe(true);
  });

  it.each([
    ['no user token secret', { ONESTOP_JWT_SECRET: undefined }, /ONESTOP_JWT_SECRET must be set/],
    [
      'the development user token secret',
      { ONESTOP_JWT_SECRET: 'onestop-development-user-token-secret' },
      /ONESTOP_JWT_SECRET is the public development value/,
    ],
    [
      'the development seal key',
      { ONESTOP_SEAL_KEY: 'onestop-development-seal-key-encryption-key' },
      /ONESTOP_SEAL_KEY is the public development value/,
    ],
    ['a short secret', { ONESTOP_JWT_SECRET: 'too-short' }, /at least 32 characters/],
    ['a short seal key', { ONESTOP_SEAL_KEY: 'x'.repeat(31) }, /ONESTOP_SEAL_KEY must be at least/],
    ['no issuer', { ONESTOP_JWT_ISSUER: '' }, /ONESTOP_JWT_ISSUER must be set/],
    ['no audience', { ONESTOP_JWT_AUDIENCE: undefined }, /ONESTOP_JWT_AUDIENCE must be set/],
    [
      'the retired shared gateway secret',
      { ONESTOP_GATEWAY_SECRET: strong('gateway') },
      /ONESTOP_GATEWAY_SECRET is no longer used/,
    ],
    ['an unbounded clock skew', { ONESTOP_JWT_CLOCK_SKEW: '86400' }, /from 0 to 300/],
  ])('refuse %s', (_case, change, message) => {
    expect(() => readConfig({ ...production, ...change })).toThrow(message);
  });

  it('need no user token secret when tokens come from a JWKS URL', () => {
    const config = readConfig({
      ...production,
      ONESTOP_JWT_SECRET: undefined,
      ONESTOP_JWKS_URL: 'https://id.example.gov/jwks.json',
    });
    expect(config.jwksUrl).toBe('https://id.example.gov/jwks.json');
  });

  it('name every problem at once', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET[\s\S]*SEAL_KEY[\s\S]*ISSUER[\s\S]*AUDIENCE/,
    );
  });
});

describe('gateway identity keys', () => {
  const pair = generateKeyPairSync('ed25519');
  const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('are required in production: the private one by the gateway, the public one by subgraphs', () => {
    const config = readConfig(production);
    expect(() => gatewaySigningKey(config)).toThrow(/ONESTOP_GATEWAY_PRIVATE_KEY/);
    expect(() => gatewayVerifyingKey(config)).toThrow(/ONESTOP_GATEWAY_PUBLIC_KEY/);
    const subgraph = readConfig({ ...production, ONESTOP_GATEWAY_PUBLIC_KEY: publicPem });
    expect(gatewayVerifyingKey(subgraph).asymmetricKeyType).toBe('ed25519');
    // One line in an environment file, with \n escapes.
    const escaped = privatePem.replace(/\n/g, '\\n');
    const gateway = readConfig({ ...production, ONESTOP_GATEWAY_PRIVATE_KEY: escaped });
    expect(gatewaySigningKey(gateway).asymmetricKeyType).toBe('ed25519');
  });

  it('must be Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    expect(() =>
      gatewayVerifyingKey(readConfig({ ...production, ONESTOP_GATEWAY_PUBLIC_KEY: rsa })),
    ).toThrow(/Ed25519/);
  });

  it('are made once per checkout in development, the public one matching the private one', () => {
    const config = readConfig({});
    const signing = gatewaySigningKey(config);
    expect(signing.asymmetricKeyType).toBe('ed25519');
    expect(gatewayVerifyingKey(config).export({ format: 'jwk' }).x).toBe(
      signing.export({ format: 'jwk' }).x,
    );
  });
});

describe('user tokens', () => {
  const secret = strong('jwt');
  const config: HubConfig = readConfig({ ...production, ONESTOP_JWT_SECRET: secret });
  const verify = createUserTokenVerifier(config);
  const now = () => Math.floor(Date.now() / 1000);
  const token = (change: (jwt: SignJWT) => SignJWT) =>
    change(
      new SignJWT({ roles: [Role.SUPERVISOR] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('sup-1'),
    ).sign(new TextEncoder().encode(secret));
  const valid = (jwt: SignJWT) =>
    jwt
      .setIssuer('https://id.example.gov')
      .setAudience('onestop')
      .setIssuedAt()
      .setExpirationTime('5m');

  it('accept a token with issuer, audience, iat and exp', async () => {
    expect((await verify(`Bearer ${await token(valid)}`)).subject).toBe('sup-1');
  });

  it.each<[string, (jwt: SignJWT) => SignJWT]>([
    ['without exp', (jwt) => jwt.setIssuer('https://id.example.gov').setAudience('onestop')],
    ['without issuer', (jwt) => jwt.setAudience('onestop').setExpirationTime('5m')],
    ['without audience', (jwt) => jwt.setIssuer('https://id.example.gov').setExpirationTime('5m')],
    ['issued ten minutes from now', (jwt) => valid(jwt).setIssuedAt(now() + 600)],
    ['expired beyond the clock skew', (jwt) => valid(jwt).setExpirationTime(now() - 31)],
    ['not valid before ten minutes from now', (jwt) => valid(jwt).setNotBefore(now() + 600)],
  ])('refuse a token %s', async (_case, change) => {
    await expect(verify(`Bearer ${await token(change)}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('allow the configured clock skew, no more', async () => {
    const withinSkew = await token((jwt) => valid(jwt).setIssuedAt(now() + 20));
    expect((await verify(`Bearer ${withinSkew}`)).subject).toBe('sup-1');
  });
});

describe("subgraphs' database URLs", () => {
  const admin = 'postgres://onestop:admin-password@db.internal:5432/onestop';
  const strongUrl = (role: string) =>
    `postgres://${role}:${'p'.repeat(40)}@db.internal:5432/onestop`;

  it("give each subgraph a role of its own in development, with a password derived from the administrator's", () => {
    const urls = subgraphRoleUrls(['center', 'department_drc'], admin, {});
    const center = new URL(urls.center);
    const drc = new URL(urls.department_drc);
    expect([center.username, drc.username]).toEqual(['onestop_center', 'onestop_department_drc']);
    expect(center.password).not.toBe(drc.password);
    expect(center.password.length).toBeGreaterThanOrEqual(32);
    expect(center.host).toBe('db.internal:5432');
    expect(subgraphRoleUrls(['center'], admin, {}).center).toBe(urls.center);
    const otherAdmin = admin.replace('admin-password', 'another');
    expect(subgraphRoleUrls(['center'], otherAdmin, {}).center).not.toBe(urls.center);
  });

  it('take a URL on another database as it is: that database has administrators of its own', () => {
    const elsewhere = 'postgres://onestop:admin-password@db.internal:5432/eeb';
    expect(
      subgraphRoleUrls(
        ['department_eeb'],
        admin,
        { NODE_ENV: 'production' },
        {
          department_eeb: elsewhere,
        },
      ).department_eeb,
    ).toBe(elsewhere);
  });

  it('take a configured URL as it is', () => {
    const url = strongUrl('center_role');
    expect(subgraphRoleUrls(['center'], admin, { CENTER_DATABASE_URL: url }).center).toBe(url);
  });

  it('are required in production, each with a long password and a role of its own', () => {
    const production = {
      NODE_ENV: 'production',
      CENTER_DATABASE_URL: 'postgres://onestop_center:short@db.internal/onestop',
      MATERIALS_DATABASE_URL: strongUrl('onestop'),
      APPROVALS_DATABASE_URL: strongUrl('shared'),
      SUPERVISION_DATABASE_URL: strongUrl('shared'),
    };
    let message = '';
    try {
      subgraphRoleUrls(
        ['center', 'materials', 'approvals', 'supervision', 'department_drc'],
        admin,
        production,
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(
      message
        .split('\n')
        .slice(1)
        .map((line) => line.trim()),
    ).toEqual([
      'CENTER_DATABASE_URL must have a password of at least 32 characters.',
      'MATERIALS_DATABASE_URL connects as the administrator; give the subgraph a role of its own.',
      'SUPERVISION_DATABASE_URL uses the role of approvals; each needs its own.',
      'DEPARTMENT_DRC_DATABASE_URL must be set in production.',
    ]);
    expect(
      subgraphRoleUrls(['center'], admin, {
        NODE_ENV: 'production',
        CENTER_DATABASE_URL: strongUrl('onestop_center'),
      }).center,
    ).toBe(strongUrl('onestop_center'));
  });
});
