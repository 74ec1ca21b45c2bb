import { createHash, createPublicKey } from 'node:crypto';
import { DomainError } from '../../kit';

const signingKeyTypes = ['ed25519', 'ec', 'rsa'];

/**
 * Reads a seal's public key: SPKI as PEM, or as base64 DER (what department subgraphs announce). A private key is refused outright (never stored, never
 * turned into its public half here), since it must not leave the department.
 */
export function readSealPublicKey(pem: string): { publicKey: string; fingerprint: string } {
  if (/PRIVATE KEY/.test(pem)) {
    throw new DomainError(
      'SEAL_PRIVATE_KEY_REFUSED',
      'That is a private key. Register only the public key; the private key stays with the department.',
    );
  }
  try {
    const key = pem.includes('-----BEGIN')
      ? createPublicKey({ key: pem, format: 'pem' })
      : createPublicKey({ key: Buffer.from(pem.trim(), 'base64'), format: 'der', type: 'spki' });
    if (!signingKeyTypes.includes(key.asymmetricKeyType ?? '')) throw new Error('key type');
    const der = key.export({ type: 'spki', format: 'der' });
    return {
      publicKey: key.export({ type: 'spki', format: 'pem' }).toString(),
      fingerprint: createHash('sha256').update(der).digest('hex'),
    };
  } catch {
    throw new DomainError(
      'SEAL_KEY_INVALID',
      'The public key is not an Ed25519, EC or RSA public key (SPKI, PEM or base64 DER).',
    );
  }
}
