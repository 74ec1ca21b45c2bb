import type { Seal } from './seal.entity';

export const sealRegisteredPayload = (seal: Seal) => ({
  id: seal.id,
  departmentCode: seal.departmentCode,
  name: seal.name,
  publicKey: seal.publicKey,
  keyFingerprint: seal.keyFingerprint,
  registeredAt: seal.registeredAt.toISOString(),
});

export const sealRevokedPayload = (seal: Seal) => ({
  id: seal.id,
  departmentCode: seal.departmentCode,
  keyFingerprint: seal.keyFingerprint,
  revokedAt: seal.revokedAt?.toISOString() ?? null,
  reason: seal.revokeReason,
});
