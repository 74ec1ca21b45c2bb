import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer, sql } from '../../kit';
import type { DeliveredEvent, SealGeneratedPayload } from '../../contracts';

const fingerprintOf = (publicKeyBase64Der: string) =>
  createHash('sha256').update(Buffer.from(publicKeyBase64Der, 'base64')).digest('hex');

async function keyGenerated(em: EntityManager, key: SealGeneratedPayload) {
  // A key id names one key for ever: a redelivery finds it and changes nothing.
  await sql(
    em,
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
  );
}

async function keyRevoked(em: EntityManager, event: DeliveredEvent<'center.seal.revoked'>) {
  // The first revocation stands: a redelivery does not move it.
  await sql(em, `update seal_key set revoked_at = ? where fingerprint = ? and revoked_at is null`, [
    event.payload.revokedAt ?? event.occurredAt.toISOString(),
    event.payload.keyFingerprint,
  ]);
}

/**
 * Keeps the departments' public seal keys, as each department announces its key, and the
 * center's revocations, so any licence can be verified here against the seal in force.
 */
export const sealKeyReplicaConsumer = defineConsumer({
  name: 'approvals.seal-keys',
  topics: ['department.seal.generated', 'center.seal.revoked'],
  async handle(event, em) {
    if (event.topic === 'center.seal.revoked') await keyRevoked(em, event);
    else await keyGenerated(em, event.payload);
  },
});
