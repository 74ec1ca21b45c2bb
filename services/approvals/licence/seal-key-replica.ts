import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventConsumer, HubEvent } from '../../kit';
import { sealGeneratedTopic, type SealGeneratedPayload } from '../../kit/seal';

/** Keeps the departments' public seal keys, so any licence can be verified here. */
export const sealKeyReplicaConsumer: EventConsumer = {
  name: 'approvals.seal-keys',
  topics: [sealGeneratedTopic],
  async handle(event: HubEvent<SealGeneratedPayload>, em: EntityManager) {
    const key = event.payload;
    // A key id names one key for ever: a redelivery finds it and changes nothing.
    await em.getConnection().execute(
      `insert into seal_key (key_id, department_code, algorithm, public_key, generated_at)
         values (?, ?, ?, ?, ?) on conflict (key_id) do nothing`,
      [key.keyId, key.departmentCode, key.algorithm, key.publicKey, key.at],
      'run',
      em.getTransactionContext(),
    );
  },
};
