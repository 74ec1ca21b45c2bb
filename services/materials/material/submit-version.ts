import { clock } from '../../kit';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Material } from './material.entity';

/**
 * Adds a new current version of an applicant's material type inside the caller's transaction,
 * superseding the current one (kept, with the time it was superseded). Uploads and electronic
 * licences both go through here, so a type never has two current versions.
 */
export async function submitVersion(
  tx: EntityManager,
  fields: Omit<Partial<Material>, 'version' | 'supersededAt'> &
    Pick<Material, 'applicantId' | 'materialTypeCode'>,
): Promise<Material> {
  const current = await tx.findOne(
    Material,
    {
      applicantId: fields.applicantId,
      materialTypeCode: fields.materialTypeCode,
      supersededAt: null,
    },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  const now = fields.submittedAt ?? clock.now();
  if (current) {
    current.supersededAt = now;
    // The partial unique index allows one current version: retire the old one first.
    await tx.flush();
  }
  const material = tx.create(Material, {
    ...fields,
    version: (current?.version ?? 0) + 1,
    submittedAt: now,
  } as Material);
  tx.persist(material);
  return material;
}
