import { defineConsumer } from '../events/define-consumer';
import { revokeSealKey } from '../seal/seal-keys';
import { departmentSubgraphName } from './department';

/**
 * The center's revocation of this department's seal reaches the key itself: it never seals
 * again here, even before the joint approval would refuse what it sealed.
 */
export function sealRevocationConsumer(departmentCode: string) {
  return defineConsumer({
    // Positions are kept per consumer name across the hub: each department reads for itself.
    name: `${departmentSubgraphName(departmentCode)}.seal-revocations`,
    topics: ['center.seal.revoked'],
    async handle(event, em) {
      const p = event.payload;
      if (p.departmentCode !== departmentCode || !p.keyFingerprint) return;
      await revokeSealKey(em, {
        keyFingerprint: p.keyFingerprint,
        revokedAt: p.revokedAt ?? event.occurredAt.toISOString(),
      });
    },
  });
}
