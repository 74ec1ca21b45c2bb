import { SignJWT, jwtVerify } from 'jose';
import { Identity, anonymous, claimsFromIdentity, identityFromClaims } from './identity';
import { unauthenticated } from '../errors/domain-error';

/**
 * The gateway proves to each subgraph who the caller is with a short-lived token signed by a
 * secret only the gateway and the subgraphs share. A subgraph reached directly, without it,
 * refuses: user tokens are never accepted by subgraphs.
 */
export const gatewayProofHeader = 'x-onestop-identity';

const issuer = 'onestop-gateway';
const audience = 'onestop-subgraph';
const lifetimeSeconds = 60;

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signGatewayProof(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ ...claimsFromIdentity(identity), anonymous: identity.subject === null })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(identity.subject ?? 'anonymous')
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(key(secret));
}

export class GatewayProofVerifier {
  private readonly secret: Uint8Array;
  // The gateway reuses one proof for every subgraph call of a request; caching saves the HMAC.
  private readonly cache = new Map<string, { identity: Identity; expiresAt: number }>();

  constructor(secret: string) {
    this.secret = key(secret);
  }

  async verify(proof: string | null | undefined): Promise<Identity> {
    if (!proof) throw unauthenticated('Call the hub through its gateway.');
    const cached = this.cache.get(proof);
    if (cached && cached.expiresAt > Date.now()) return cached.identity;
    try {
      const { payload } = await jwtVerify(proof, this.secret, {
        issuer,
        audience,
        algorithms: ['HS256'],
      });
      const identity = payload.anonymous
        ? anonymous
        : identityFromClaims(payload as Record<string, unknown>);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(proof, { identity, expiresAt: (payload.exp ?? 0) * 1000 });
      return identity;
    } catch {
      throw unauthenticated('The gateway proof is invalid or expired.');
    }
  }
}
