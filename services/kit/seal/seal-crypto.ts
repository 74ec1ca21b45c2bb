import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The approval seal's cryptography, free of any database: an Ed25519 key pair, its private half
 * sealed with AES-256-GCM under a key derived from configuration, and signatures over the
 * canonical JSON of a licence's content.
 */
export const sealAlgorithm = 'Ed25519';

export interface SealKeyPair {
  /** base64 SPKI DER: what the center registers and anyone verifies with. */
  publicKey: string;
  /** PKCS#8 DER; never stored as is. */
  privateKey: Buffer;
}

export function generateSealKeyPair(): SealKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
}

/**
 * One encryption key per department, derived from the configured secret, so a leaked row of one
 * department's schema cannot be opened with another department's key material.
 */
function keyEncryptionKey(secret: string, departmentCode: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', secret, `onestop-seal:${departmentCode}`, 'private key at rest', 32),
  );
}

const ivLength = 12;
const tagLength = 16;

/**
 * Returns base64 of iv | tag | ciphertext. The key id is authenticated data: a ciphertext moved
 * onto another key's row no longer decrypts.
 */
export function encryptPrivateKey(
  privateKey: Buffer,
  { secret, departmentCode, keyId }: { secret: string; departmentCode: string; keyId: string },
): string {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey(secret, departmentCode), iv);
  cipher.setAAD(Buffer.from(keyId));
  const ciphertext = Buffer.concat([cipher.update(privateKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

/** Throws when the secret, department or key id differ from those it was sealed with. */
export function decryptPrivateKey(
  sealed: string,
  { secret, departmentCode, keyId }: { secret: string; departmentCode: string; keyId: string },
): Buffer {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyEncryptionKey(secret, departmentCode),
    bytes.subarray(0, ivLength),
  );
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
  return Buffer.concat([decipher.update(bytes.subarray(ivLength + tagLength)), decipher.final()]);
}

/** base64 Ed25519 signature over the canonical JSON of `content`. */
export function signLicenceContent(content: object, privateKey: Buffer): string {
  const key = createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(canonicalJson(content)), key).toString('base64');
}

/** Hex SHA-256 of the canonical JSON: how a licence is named without its content. */
export function licenceContentSha256(content: object): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Whether `signature` (base64) is the seal of `publicKey` (base64 SPKI DER) over `content`. Pure:
 * anything malformed is simply not a valid seal.
 */
export function verifyLicenceSignature(
  content: object,
  signature: string,
  publicKey: string,
): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(canonicalJson(content)), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
