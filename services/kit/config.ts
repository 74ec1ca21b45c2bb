import { createHmac } from 'node:crypto';
import { StartupError } from './errors/startup-error';

/**
 * Settings every service reads from its environment. Development defaults let `npm start` run
 * with nothing configured; production refuses to start unless every secret is set, long enough,
 * and none of the public development values.
 */
const developmentSecrets = {
  userTokenSecret: 'onestop-development-user-token-secret',
  sealKeyEncryptionKey: 'onestop-development-seal-key-encryption-key',
};

/** 32 bytes of entropy at the least, as HS256 and the seal key derivation need. */
export const minimumSecretLength = 32;

/** The most a token's clock may differ from ours: wider would stretch every lifetime. */
export const maximumClockSkewSeconds = 300;

export interface HubConfig {
  production: boolean;
  databaseUrl: string | undefined;
  /** HS256 secret for user tokens when no JWKS URL is configured. */
  userTokenSecret: string;
  jwksUrl: string | undefined;
  tokenIssuer: string | undefined;
  tokenAudience: string | undefined;
  /** How far a token's `iat`/`exp` may be off our clock, in seconds. */
  clockSkewSeconds: number;
  /** PEM (PKCS#8, Ed25519): only the gateway has it; it signs the identity proofs. */
  gatewayPrivateKey: string | undefined;
  /** PEM (SPKI, Ed25519): subgraphs verify identity proofs with it. */
  gatewayPublicKey: string | undefined;
  sealKeyEncryptionKey: string;
  /** Origins browsers may call the gateway from (CORS); none when empty. */
  allowedOrigins: string[];
  /** Times one client may ask one root field per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Requests with an invalid token one address may send per minute before it is turned away. */
  invalidTokensPerMinute: number;
  timeouts: Timeouts;
  /** Delivered events older than this many days move to the archive; 0 keeps them in the log. */
  eventRetentionDays: number;
  /** Accept only registered operations (`operations/`), sent by id: ONESTOP_TRUSTED_DOCUMENTS_ONLY=1. */
  trustedDocumentsOnly: boolean;
  /**
   * NATS with JetStream (ONESTOP_NATS_URL): when set, each database's committed events are relayed
   * to it and the events of other databases copied in (services/kit/events/jetstream). None by
   * default: a hub on one database needs nothing but PostgreSQL.
   */
  natsUrl: string | undefined;
  /**
   * Subgraphs' own database URLs, by subgraph name: `<SUBGRAPH>_DATABASE_URL`, e.g.
   * DEPARTMENT_EEB_DATABASE_URL. On the hub's database (DATABASE_URL) it names the subgraph's role
   * and password (see subgraphRoleUrls); on another, the subgraph runs on a database of its own.
   */
  subgraphDatabaseUrls: Record<string, string>;
}

const subgraphDatabaseUrlSuffix = '_DATABASE_URL';

/** `DEPARTMENT_EEB_DATABASE_URL=…` gives `{ department_eeb: … }`. */
function subgraphDatabaseUrls(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => name.endsWith(subgraphDatabaseUrlSuffix) && value)
      .map(([name, value]) => [
        name.slice(0, -subgraphDatabaseUrlSuffix.length).toLowerCase(),
        value as string,
      ]),
  );
}

/** How long a call may wait before it fails with a typed error instead of hanging. */
export interface Timeouts {
  /** The gateway's wait for one subgraph's answer (`GATEWAY_TIMEOUT`). */
  subgraphMs: number;
  /** One SQL statement (`DATABASE_TIMEOUT`). */
  statementMs: number;
  /** A statement's wait for a row or table lock (`DATABASE_TIMEOUT`). */
  lockMs: number;
  /** A request's wait for a free connection of the pool (`DATABASE_TIMEOUT`). */
  poolAcquireMs: number;
}

/** Refusals a production configuration can meet, checked all at once so one start says all. */
function productionProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const secret = (name: string, development: string) => {
    const value = env[name];
    if (!value) problems.push(`${name} must be set in production.`);
    else if (value === development) problems.push(`${name} is the public development value.`);
    else if (value.length < minimumSecretLength) {
      problems.push(`${name} must be at least ${minimumSecretLength} characters.`);
    }
  };
  if (!env.ONESTOP_JWKS_URL) secret('ONESTOP_JWT_SECRET', developmentSecrets.userTokenSecret);
  secret('ONESTOP_SEAL_KEY', developmentSecrets.sealKeyEncryptionKey);
  if (!env.ONESTOP_JWT_ISSUER) problems.push('ONESTOP_JWT_ISSUER must be set in production.');
  if (!env.ONESTOP_JWT_AUDIENCE) problems.push('ONESTOP_JWT_AUDIENCE must be set in production.');
  if (env.ONESTOP_GATEWAY_SECRET) {
    problems.push(
      'ONESTOP_GATEWAY_SECRET is no longer used: set ONESTOP_GATEWAY_PRIVATE_KEY on the gateway and ONESTOP_GATEWAY_PUBLIC_KEY on subgraphs.',
    );
  }
  return problems;
}

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} is a whole number.`);
  return parsed;
}

function clockSkew(value: string | undefined): number {
  if (value === undefined || value === '') return 30;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > maximumClockSkewSeconds) {
    throw new Error(
      `ONESTOP_JWT_CLOCK_SKEW is a whole number of seconds from 0 to ${maximumClockSkewSeconds}.`,
    );
  }
  return seconds;
}

/** Keys arrive in one environment line; `\n` escapes stand for the PEM's line breaks. */
const pem = (value: string | undefined) => (value ? value.replace(/\\n/g, '\n') : undefined);

export function readConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const production = env.NODE_ENV === 'production';
  if (production) {
    const problems = productionProblems(env);
    if (problems.length > 0) throw new Error(`Refusing to start:\n  ${problems.join('\n  ')}`);
  }
  const milliseconds = (name: string, fallback: number) => {
    const value = env[name];
    if (!value) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) {
      throw new Error(`${name} must be a positive number of milliseconds.`);
    }
    return parsed;
  };
  return {
    production,
    trustedDocumentsOnly: env.ONESTOP_TRUSTED_DOCUMENTS_ONLY === '1',
    databaseUrl: env.DATABASE_URL || undefined,
    userTokenSecret: env.ONESTOP_JWT_SECRET || developmentSecrets.userTokenSecret,
    jwksUrl: env.ONESTOP_JWKS_URL || undefined,
    tokenIssuer: env.ONESTOP_JWT_ISSUER || undefined,
    tokenAudience: env.ONESTOP_JWT_AUDIENCE || undefined,
    clockSkewSeconds: clockSkew(env.ONESTOP_JWT_CLOCK_SKEW),
    gatewayPrivateKey: pem(env.ONESTOP_GATEWAY_PRIVATE_KEY),
    gatewayPublicKey: pem(env.ONESTOP_GATEWAY_PUBLIC_KEY),
    sealKeyEncryptionKey: env.ONESTOP_SEAL_KEY || developmentSecrets.sealKeyEncryptionKey,
    allowedOrigins: (env.ONESTOP_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    // Development runs tests and benchmarks from one address: limits there are opt-in.
    rateLimitPerMinute: count('ONESTOP_RATE_LIMIT', env.ONESTOP_RATE_LIMIT, production ? 600 : 0),
    invalidTokensPerMinute: count(
      'ONESTOP_INVALID_TOKEN_LIMIT',
      env.ONESTOP_INVALID_TOKEN_LIMIT,
      10,
    ),
    timeouts: {
      subgraphMs: milliseconds('ONESTOP_SUBGRAPH_TIMEOUT_MS', 30_000),
      statementMs: milliseconds('ONESTOP_STATEMENT_TIMEOUT_MS', 30_000),
      lockMs: milliseconds('ONESTOP_LOCK_TIMEOUT_MS', 10_000),
      poolAcquireMs: milliseconds('ONESTOP_POOL_ACQUIRE_TIMEOUT_MS', 10_000),
    },
    eventRetentionDays: count('ONESTOP_EVENT_RETENTION_DAYS', env.ONESTOP_EVENT_RETENTION_DAYS, 90),
    natsUrl: env.ONESTOP_NATS_URL || undefined,
    subgraphDatabaseUrls: subgraphDatabaseUrls(env),
  };
}

/**
 * Each subgraph connects to PostgreSQL as a role of its own, which owns the subgraph's schema and
 * may use the shared event log, nothing else (see services/kit/database/roles.ts).
 * `onestop_center`, `onestop_department_drc`, … unless its URL names another.
 */
export function subgraphRoleName(subgraph: string): string {
  return `onestop_${subgraph.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
}

/**
 * The variable holding one subgraph's own database URL, with its role and password, the one
 * `readConfig().subgraphDatabaseUrls` reads: `CENTER_DATABASE_URL`, `DEPARTMENT_DRC_DATABASE_URL`, …
 */
export function subgraphDatabaseUrlVariable(subgraph: string): string {
  return `${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}${subgraphDatabaseUrlSuffix}`;
}

/** The subgraph's configured database URL (`<SUBGRAPH>_DATABASE_URL`), if any. */
export function subgraphDatabaseUrl(
  subgraph: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return env[subgraphDatabaseUrlVariable(subgraph)] || undefined;
}

/**
 * A development role's password: derived from the administrator's, so that every start finds the
 * same one and nobody has to configure it. Production configures each (see subgraphRoleUrls).
 */
export function developmentRolePassword(adminUrl: string, role: string): string {
  const adminPassword = decodeURIComponent(new URL(adminUrl).password);
  return createHmac('sha256', `onestop-development-database-role:${adminPassword}`)
    .update(role)
    .digest('base64url');
}

/** Server, port and database of a URL, whoever connects: two URLs of one database have the same. */
export function databaseIdentity(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

const userOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * The URL each subgraph connects with: the one configured (`configured`, else
 * `<SUBGRAPH>_DATABASE_URL`), in development otherwise the administrator's URL (`adminUrl`) with
 * the role `onestop_<subgraph>` and a derived password. A URL on the administrator's database
 * must name a role of the subgraph's own; in production it is required, with a password of
 * `minimumSecretLength` characters or more. A URL on another database is that database's
 * business. Every problem is said at once, as readConfig does.
 */
export function subgraphRoleUrls(
  subgraphs: string[],
  adminUrl: string,
  env: NodeJS.ProcessEnv = process.env,
  configured: Record<string, string> = {},
): Record<string, string> {
  const production = env.NODE_ENV === 'production';
  const problems: string[] = [];
  const urls: Record<string, string> = {};
  const subgraphOfUser = new Map<string, string>();
  for (const subgraph of subgraphs) {
    const variable = subgraphDatabaseUrlVariable(subgraph);
    let url = configured[subgraph] ?? subgraphDatabaseUrl(subgraph, env);
    if (url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        problems.push(`${variable} is not a URL.`);
        continue;
      }
      if (databaseIdentity(url) !== databaseIdentity(adminUrl)) {
        urls[subgraph] = url;
        continue;
      }
      if (!parsed.username) problems.push(`${variable} must name the subgraph's own role.`);
      if (production && decodeURIComponent(parsed.password).length < minimumSecretLength) {
        problems.push(
          `${variable} must have a password of at least ${minimumSecretLength} characters.`,
        );
      }
    } else if (production) {
      problems.push(`${variable} must be set in production.`);
      continue;
    } else {
      const derived = new URL(adminUrl);
      const role = subgraphRoleName(subgraph);
      derived.username = encodeURIComponent(role);
      derived.password = encodeURIComponent(developmentRolePassword(adminUrl, role));
      url = derived.toString();
    }
    const user = userOf(url);
    if (user && user === userOf(adminUrl)) {
      problems.push(
        `${variable} connects as the administrator; give the subgraph a role of its own.`,
      );
    }
    const other = subgraphOfUser.get(user);
    if (user && other) problems.push(`${variable} uses the role of ${other}; each needs its own.`);
    subgraphOfUser.set(user, subgraph);
    urls[subgraph] = url;
  }
  if (problems.length > 0) {
    throw new StartupError(`Refusing to start:\n  ${problems.join('\n  ')}`);
  }
  return urls;
}
