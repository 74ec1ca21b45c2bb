import type { EventConsumer } from '../events/hub-event';
import { revokeSealKey } from '../seal/seal-keys';

export const sealRevokedTopic = 'center.seal.revoked';

/**
 * The center's revocation of this department's seal reaches the key itself: it never seals
 * again here, even before the joint approval would refuse what it sealed.
 */
export function sealRevocationConsumer(departmentCode: string): EventConsumer {
  return {
    name: 'department.seal-revocations',
    topics: [sealRevokedTopic],
    async handle(event, em) {
      const p = event.payload;
      if (p?.departmentCode !== departmentCode || !p.keyFingerprint) return;
      await revokeSealKey(em, {
        keyFingerprint: p.keyFingerprint,
        revokedAt: p.revokedAt ?? event.occurredAt.toISOString(),
      });
    },
  };
}
