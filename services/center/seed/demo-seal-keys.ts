import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';

// PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it.
const ed25519Pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The public half of a demo seal derived from a fixed seed, so demo data is the same on every
 * start. Only the public key is used; a department's real seal comes from its own subgraph
 * (`department.seal.generated`) and replaces this one.
 */
export function demoSealPublicKey(departmentCode: string): string {
  const seed = createHash('sha256').update(`onestop-demo-seal-${departmentCode}`).digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([ed25519Pkcs8Prefix, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}
