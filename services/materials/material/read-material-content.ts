import { DomainError, notFound, type RequestContext, isUuid } from '../../kit';
import { authorizeContentRead } from '../sharing/access';
import { ContentRead } from '../sharing/content-read.entity';
import type { ContentStore } from '../storage/content-store';
import type { MaterialContent } from './material-content';
import { Material } from './material.entity';

/**
 * Hands out a material's bytes. A department's read is logged (who, department, case, when) in
 * the same transaction that reads the bytes, so no read escapes the log the applicant sees.
 */
export async function readMaterialContent(
  context: RequestContext,
  store: ContentStore,
  materialId: string,
  caseId: string | null,
): Promise<MaterialContent> {
  if (!isUuid(materialId)) throw notFound('Material', materialId);
  const material = await context.em.findOne(Material, { id: materialId });
  if (!material) throw notFound('Material', materialId);
  const grant = await authorizeContentRead(context, material, caseId);
  if (!material.contentKey) {
    throw new DomainError(
      'NO_STORED_CONTENT',
      'This material is an electronic licence: its record and hash are held here, not a file.',
      { materialId },
    );
  }
  const contentKey = material.contentKey;
  const bytes = await context.em.transactional(async (tx) => {
    if (grant.log) {
      const { identity } = context;
      tx.persist(
        tx.create(ContentRead, {
          materialId: material.id,
          applicantId: material.applicantId,
          purpose: grant.log.purpose,
          caseId: grant.log.caseId,
          departmentCode: grant.log.departmentCode,
          readerSubject: identity.subject!,
          readerName: identity.name,
        } as ContentRead),
      );
    }
    return store.get(tx, contentKey);
  });
  if (!bytes) throw new Error(`Stored content ${contentKey} of material ${materialId} is gone.`);
  return { material, base64: bytes.toString('base64') };
}
