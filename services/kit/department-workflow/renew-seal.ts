import type { RequestContext } from '../context/request-context';
import { readConfig } from '../config';
import { Role } from '../identity/role';
import { renewSealKey, type SealKey } from '../seal/seal-keys';
import { assertMayAct } from '../staff/assert-may-act';

/** The department's chief representative rotates its seal (after a revocation, or at will). */
export async function renewSeal(context: RequestContext, departmentCode: string): Promise<SealKey> {
  await assertMayAct(context, { departmentCode, role: Role.CHIEF_REPRESENTATIVE });
  return context.em.transactional((tx) =>
    renewSealKey(tx, { departmentCode, secret: readConfig().sealKeyEncryptionKey }),
  );
}
