import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubConfig } from '../config';
import { projectRoot } from '../project-root';

/**
 * The gateway's identity-proof keys. Only the gateway holds the private key; subgraphs get the
 * public one, so no subgraph (nor anyone holding a subgraph's settings) can mint a proof.
 * Production takes both from the environment; development makes one pair per checkout, kept
 * beside the embedded database, so that tests and `npm start` need nothing configured.
 */
export function gatewaySigningKey(config: HubConfig): KeyObject {
  if (config.gatewayPrivateKey) return ed25519(createPrivateKey(config.gatewayPrivateKey));
  if (config.production) {
    throw new Error('ONESTOP_GATEWAY_PRIVATE_KEY (Ed25519, PKCS#8 PEM) must be set in production.');
  }
  return developmentKey();
}

export function gatewayVerifyingKey(config: HubConfig): KeyObject {
  if (config.gatewayPublicKey) return ed25519(createPublicKey(config.gatewayPublicKey));
  if (config.production) {
    throw new Error('ONESTOP_GATEWAY_PUBLIC_KEY (Ed25519, SPKI PEM) must be set in production.');
  }
  return createPublicKey(gatewaySigningKey(config));
}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`The gateway key must be an Ed25519 key, not ${key.asymmetricKeyType}.`);
  }
  return key;
}

let development: KeyObject | undefined;

function developmentKey(): KeyObject {
  if (development) return development;
  const directory = join(projectRoot(), '.data');
  const file = join(directory, 'gateway-identity-key.pem');
  try {
    development = createPrivateKey(readFileSync(file, 'utf8'));
  } catch {
    mkdirSync(directory, { recursive: true });
    const pem = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    // Written aside then linked into place: parallel test workers all end up with one key.
    const draft = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(draft, pem, { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    development = createPrivateKey(readFileSync(file, 'utf8'));
  }
  return development;
}
