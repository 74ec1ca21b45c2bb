import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventConsumer, HubEvent } from '../../kit';
import { sealGeneratedTopic, type SealGeneratedPayload } from '../../kit/seal';

export const sealRevokedTopic = 'center.seal.revoked';

interface SealRevokedPayload {
  keyFingerprint: string;
  revokedAt: string | null;
}

const fingerprintOf = (publicKeyBase64Der: string) =>
  createHash('sha256').update(Buffer.from(publicKeyBase64Der, 'base64')).digest('hex');

async function keyGenerated(em: EntityManager, key: SealGeneratedPayload) {
  // A key id names one key for ever: a redelivery finds it and changes nothing.
  await em.getConnection().execute(
    `insert into seal_key (key_id, department_code, algorithm, public_key, fingerprint, generated_at)
       values (?, ?, ?, ?, ?, ?) on conflict (key_id) do nothing`,
    [
      key.keyId,
      key.departmentCode,
      key.algorithm,
      key.publicKey,
      fingerprintOf(key.publicKey),
      key.at,
    ],
    'run',
    em.getTransactionContext(),
  );
}

async function keyRevoked(em: EntityManager, event: HubEvent<SealRevokedPayload>) {
  // The first revocation stands: a redelivery does not move it.
  await em
    .getConnection()
    .execute(
      `update seal_key set revoked_at = ? where fingerprint = ? and revoked_at is null`,
      [event.payload.revokedAt ?? event.occurredAt.toISOString(), event.payload.keyFingerprint],
      'run',
      em.getTransactionContext(),
    );
}

/**
 * Keeps the departments' public seal keys, as each department announces its key, and the
 * center's revocations, so any licence can be verified here against the seal in force.
 */
export const sealKeyReplicaConsumer: EventConsumer = {
  name: 'approvals.seal-keys',
  topics: [sealGeneratedTopic, sealRevokedTopic],
  async handle(event: HubEvent, em: EntityManager) {
    if (event.topic === sealRevokedTopic) await keyRevoked(em, event);
    else await keyGenerated(em, event.payload);
  },
};
