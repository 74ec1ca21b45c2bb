import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { conflict, notFound, type RequestContext, isUuid, assertRegisteredStaff } from '../../kit';
import { Applicant } from '../applicant/applicant.entity';
import { MaterialType } from '../material-type/material-type.entity';
import { assertMayUploadFor } from '../sharing/access';
import type { ContentStore } from '../storage/content-store';
import { baseType, checkContent, checkDeclaredFile, sanitizeFileName } from './content-policy';
import { MaterialSource } from './material-source';
import { MaterialStatus } from './material-status';
import type { Material } from './material.entity';
import { submitVersion } from './submit-version';
import type { UploadedFile } from './upload.scalar';

/**
 * Stores a new version of an applicant's material, pending its one-time review. Every refusal
 * happens before anything is written; the bytes and the version commit together or not at all.
 */
export async function uploadMaterial(
  context: RequestContext,
  store: ContentStore,
  applicantId: string,
  materialTypeCode: string,
  file: UploadedFile,
): Promise<Material> {
  const { identity, em } = context;
  assertMayUploadFor(identity, applicantId);
  await assertRegisteredStaff(context);
  checkDeclaredFile(file.size, file.type);
  if (!isUuid(applicantId)) throw notFound('Applicant', applicantId);
  const [applicant, type] = await Promise.all([
    em.findOne(Applicant, { id: applicantId }),
    em.findOne(MaterialType, { code: materialTypeCode }),
  ]);
  if (!applicant) throw notFound('Applicant', applicantId);
  if (!type) throw notFound('Material type', materialTypeCode);
  const bytes = Buffer.from(await file.arrayBuffer());
  checkDeclaredFile(bytes.length, file.type);
  checkContent(bytes, file.type);

  try {
    return await em.transactional(async (tx) => {
      const contentKey = await store.put(tx, bytes);
      return submitVersion(tx, {
        applicantId,
        materialTypeCode,
        source: MaterialSource.UPLOAD,
        status: MaterialStatus.PENDING,
        fileName: sanitizeFileName(file.name),
        contentType: baseType(file.type),
        byteSize: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        contentKey,
        submittedBy: identity.subject!,
      });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('Another version of this material was submitted at the same moment; retry.');
    }
    throw error;
  }
}
