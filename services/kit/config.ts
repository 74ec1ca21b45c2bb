/**
 * Settings every service reads from its environment. Development defaults let `npm start` run
 * with nothing configured; production refuses to start on a development secret.
 */
const developmentSecrets = {
  userTokenSecret: 'onestop-development-user-token-secret',
  gatewaySecret: 'onestop-development-gateway-secret',
  sealKeyEncryptionKey: 'onestop-development-seal-key-encryption-key',
};

export interface HubConfig {
  production: boolean;
  databaseUrl: string | undefined;
  /** HS256 secret for user tokens when no JWKS URL is configured. */
  userTokenSecret: string;
  jwksUrl: string | undefined;
  tokenIssuer: string | undefined;
  tokenAudience: string | undefined;
  /** Shared by the gateway and subgraphs only: signs the identity the gateway forwards. */
  gatewaySecret: string;
  sealKeyEncryptionKey: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const production = env.NODE_ENV === 'production';
  const secret = (name: string, fallback: string) => {
    const value = env[name];
    if (value) return value;
    if (production) throw new Error(`${name} must be set in production.`);
    return fallback;
  };
  return {
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    userTokenSecret: secret('ONESTOP_JWT_SECRET', developmentSecrets.userTokenSecret),
    jwksUrl: env.ONESTOP_JWKS_URL || undefined,
    tokenIssuer: env.ONESTOP_JWT_ISSUER || undefined,
    tokenAudience: env.ONESTOP_JWT_AUDIENCE || undefined,
    gatewaySecret: secret('ONESTOP_GATEWAY_SECRET', developmentSecrets.gatewaySecret),
    sealKeyEncryptionKey: secret('ONESTOP_SEAL_KEY', developmentSecrets.sealKeyEncryptionKey),
  };
}
