import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, type Identity } from '../../kit';
import { lockDepartment } from '../department/lock-department';
import { readSealPublicKey } from './public-key';
import { Seal } from './seal.entity';
import { activateSeal } from './seal-lifecycle';
import type { RegisterSealInput } from './seal.input';
import { SealStatus } from './seal-status';

/** Registers a department's approval seal by its public key; a department has one active seal. */
export function registerSeal(
  em: EntityManager,
  identity: Identity,
  input: RegisterSealInput,
): Promise<Seal> {
  const { publicKey, fingerprint } = readSealPublicKey(input.publicKey);
  if (!input.name.trim()) throw badInput('A seal has a name.');
  return em.transactional(async (tx) => {
    await lockDepartment(tx, input.departmentCode);
    const active = await tx.findOne(Seal, {
      departmentCode: input.departmentCode,
      status: SealStatus.ACTIVE,
    });
    if (active) {
      throw new DomainError(
        'SEAL_ALREADY_ACTIVE',
        `${input.departmentCode} already has an active approval seal; revoke it first.`,
        { id: active.id },
      );
    }
    return activateSeal(tx, {
      departmentCode: input.departmentCode,
      name: input.name.trim(),
      publicKey,
      keyFingerprint: fingerprint,
      registeredBy: identity.subject!,
    });
  });
}
