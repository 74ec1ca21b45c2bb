import { createHash } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import {
  DomainError,
  assertRegisteredStaff,
  conflict,
  notFound,
  publishEvent,
  type RequestContext,
  isUuid,
} from '../../kit';
import { Applicant } from '../applicant/applicant.entity';
import { MaterialType } from '../material-type/material-type.entity';
import { assertMayUploadFor } from '../sharing/access';
import type { ContentStore } from '../storage/content-store';
import { baseType, checkContent, checkDeclaredFile, sanitizeFileName } from './content-policy';
import { MaterialSource } from './material-source';
import { MaterialStatus } from './material-status';
import { Material } from './material.entity';
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
  if (type.licence) {
    throw new DomainError(
      'LICENCE_NOT_UPLOADABLE',
      `${type.name} is an electronic licence: only the department's sign-off issues it.`,
      { materialTypeCode },
    );
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  checkDeclaredFile(bytes.length, file.type);
  checkContent(bytes, file.type);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  try {
    return await em.transactional(async (tx) => {
      const current = await tx.findOne(
        Material,
        { applicantId, materialTypeCode, supersededAt: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      // Reform rule (once-only materials: reviewed once, confirmed once): the same bytes again
      // are the same material. They keep the version and its review instead of superseding a
      // verified version with a pending copy that would hold up the applicant's other cases.
      if (current && current.sha256 === sha256) {
        if (current.status !== MaterialStatus.REJECTED) return current;
        throw new DomainError(
          'SAME_AS_REJECTED',
          'This file is the version the lead department rejected; hand over a corrected one.',
          { materialId: current.id },
        );
      }
      const contentKey = await store.put(tx, bytes);
      const material = await submitVersion(tx, {
        applicantId,
        materialTypeCode,
        source: MaterialSource.UPLOAD,
        status: MaterialStatus.PENDING,
        fileName: sanitizeFileName(file.name),
        contentType: baseType(file.type),
        byteSize: bytes.length,
        sha256,
        contentKey,
        submittedBy: identity.subject!,
      });
      await tx.flush();
      // Approvals needs to know a supplement brought a new version; the bytes stay here.
      await publishEvent(tx, {
        topic: 'materials.material.submitted',
        key: material.id,
        payload: {
          materialId: material.id,
          applicantId,
          materialTypeCode,
          version: material.version,
          submittedAt: material.submittedAt.toISOString(),
        },
      });
      return material;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('Another version of this material was submitted at the same moment; retry.');
    }
    throw error;
  }
}
