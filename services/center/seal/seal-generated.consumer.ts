import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, defineConsumer, log } from '../../kit';
import type { SealGeneratedPayload } from '../../contracts';
import { lockDepartment } from '../department/lock-department';
import { Seal } from './seal.entity';
import { SealStatus } from './seal-status';
import { readSealPublicKey } from './public-key';
import { activateSeal, retireSeal } from './seal-lifecycle';

/**
 * A department generates its seal in its own subgraph and announces only the public key; the
 * center registers it as the department's active seal, replacing an older key. Idempotent: a key
 * already registered changes nothing.
 */
export async function registerGeneratedSeal(
  em: EntityManager,
  payload: SealGeneratedPayload,
): Promise<void> {
  const { publicKey, fingerprint } = readSealPublicKey(payload.publicKey);
  await lockDepartment(em, payload.departmentCode);
  if (
    await em.findOne(Seal, { departmentCode: payload.departmentCode, keyFingerprint: fingerprint })
  ) {
    return;
  }
  const active = await em.findOne(Seal, {
    departmentCode: payload.departmentCode,
    status: SealStatus.ACTIVE,
  });
  if (active) {
    await retireSeal(em, active, `Replaced by key ${payload.keyId} the department generated.`);
  }
  await activateSeal(em, {
    departmentCode: payload.departmentCode,
    name: `${payload.departmentCode} approval seal`,
    publicKey,
    keyFingerprint: fingerprint,
    registeredBy: `department:${payload.departmentCode}`,
  });
}

export const sealGeneratedConsumer = defineConsumer({
  name: 'center.seals',
  topics: ['department.seal.generated'],
  async handle(event, em) {
    try {
      await registerGeneratedSeal(em, event.payload);
    } catch (error) {
      // A key the center cannot read would stop every later event; it is reported and skipped.
      if (!(error instanceof DomainError)) throw error;
      log.error({ service: 'center', key: event.key, error }, 'seal not registered; skipped');
    }
  },
});
