import { createHash, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { Identity, anonymous, claimsFromIdentity, identityFromClaims } from './identity';
import { unauthenticated } from '../errors/domain-error';

/**
 * The gateway proves to each subgraph who the caller is with a token it signs with its private
 * Ed25519 key (see gateway-keys.ts). A proof names one subgraph (audience), lives seconds, and
 * carries the hash of the one operation it was made for, so a proof seen by one subgraph opens
 * no other subgraph and no other operation. A subgraph reached directly, without a proof,
 * refuses: user tokens are never accepted by subgraphs.
 */
export const gatewayProofHeader = 'x-onestop-identity';
/**
 * Where a subscription carries its proof: the gateway opens one WebSocket to a subgraph for many
 * callers' subscriptions, so each operation's proof travels in its own `extensions`.
 */
export const gatewayProofExtension = 'onestopIdentity';

const issuer = 'onestop-gateway';
const lifetimeSeconds = 30;
const clockToleranceSeconds = 5;

/** What one subgraph call is: the subgraph it goes to and the GraphQL document it sends. */
export interface ProofTarget {
  subgraph: string;
  query: string;
}

export const operationHash = (query: string) =>
  createHash('sha256').update(query).digest('base64url');

export async function signGatewayProof(
  identity: Identity,
  privateKey: KeyObject,
  target: ProofTarget,
): Promise<string> {
  return new SignJWT({
    ...claimsFromIdentity(identity),
    anonymous: identity.subject === null,
    operation: operationHash(target.query),
  })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer(issuer)
    .setAudience(target.subgraph)
    .setSubject(identity.subject ?? 'anonymous')
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(privateKey);
}

export class GatewayProofVerifier {
  // Subscriptions and retries present one proof more than once; caching saves the signature check.
  private readonly cache = new Map<
    string,
    { identity: Identity; operation: unknown; expiresAt: number }
  >();

  constructor(
    private readonly publicKey: KeyObject,
    private readonly subgraph: string,
  ) {}

  async verify(proof: string | null | undefined, query: string | undefined): Promise<Identity> {
    if (!proof) throw unauthenticated('Call the hub through its gateway.');
    let verified = this.cache.get(proof);
    // Wall time, not the settable clock: the proof's `exp` is the gateway's wall time.
    if (!verified || verified.expiresAt <= Date.now()) {
      try {
        const { payload } = await jwtVerify(proof, this.publicKey, {
          issuer,
          audience: this.subgraph,
          algorithms: ['EdDSA'],
          requiredClaims: ['exp', 'iat', 'operation'],
          maxTokenAge: lifetimeSeconds + clockToleranceSeconds,
          clockTolerance: clockToleranceSeconds,
        });
        const identity = payload.anonymous
          ? anonymous
          : identityFromClaims(payload as Record<string, unknown>);
        verified = { identity, operation: payload.operation, expiresAt: payload.exp! * 1000 };
      } catch {
        throw unauthenticated('The gateway proof is invalid or expired.');
      }
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(proof, verified);
    }
    if (query === undefined || verified.operation !== operationHash(query)) {
      throw unauthenticated('The gateway proof was made for another operation.');
    }
    return verified.identity;
  }
}
