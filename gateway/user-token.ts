import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import {
  anonymous,
  claimsFromIdentity,
  identityFromClaims,
  unauthenticated,
  type HubConfig,
  type Identity,
} from '../services/kit';

/**
 * Verifies the bearer token a client sends: HS256 with the configured secret by default, or
 * keys from a JWKS URL when one is configured; issuer and audience when configured (production
 * requires both). A token must say when it expires, and may not claim to be issued later than
 * now: our clock and the issuer's may differ by the configured skew, no more.
 */
export function createUserTokenVerifier(config: HubConfig) {
  const options = {
    issuer: config.tokenIssuer,
    audience: config.tokenAudience,
    requiredClaims: ['exp', 'sub'],
    clockTolerance: config.clockSkewSeconds,
  };
  const keys: Uint8Array | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : new TextEncoder().encode(config.userTokenSecret);
  const algorithms = config.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];

  return async function verifyAuthorization(header: string | null): Promise<Identity> {
    if (!header) return anonymous;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = await jwtVerify(match[1], keys as Uint8Array, { ...options, algorithms });
      const now = Math.floor(Date.now() / 1000);
      if (payload.iat !== undefined && payload.iat > now + config.clockSkewSeconds) {
        throw new Error('issued in the future');
      }
      const identity = identityFromClaims(payload as Record<string, unknown>);
      if (!identity.subject) throw new Error('no subject');
      return identity;
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw unauthenticated(expired ? 'The token has expired.' : 'The token is not valid.');
    }
  };
}

/** Issues a user token signed with the development secret: for demo accounts and tests. */
export async function signUserToken(
  identity: Identity,
  secret: string,
  expiresIn: string | number = '30d',
): Promise<string> {
  return new SignJWT(claimsFromIdentity(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject ?? '')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
