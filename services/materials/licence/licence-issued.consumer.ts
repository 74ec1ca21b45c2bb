import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer, log } from '../../kit';
import type { LicenceIssuedPayload } from '../../contracts';
import { Applicant } from '../applicant/applicant.entity';
import { MaterialType } from '../material-type/material-type.entity';
import { Material } from '../material/material.entity';
import { MaterialSource } from '../material/material-source';
import { MaterialStatus } from '../material/material-status';
import { submitVersion } from '../material/submit-version';

/**
 * An electronic licence issued through the hub is verified at issue: it becomes the applicant's
 * current, verified version of its licence material type (one per licence kind, never a
 * prerequisite's type), with the case and department it came from.
 */
async function licenceIssued(licence: LicenceIssuedPayload, em: EntityManager): Promise<void> {
  if (await em.count(Material, { licenceId: licence.licenceId })) return;
  const [applicant, type] = await Promise.all([
    em.count(Applicant, { id: licence.applicantId }),
    em.count(MaterialType, { code: licence.materialTypeCode, licence: true }),
  ]);
  if (!applicant || !type) {
    // Retrying cannot make an unknown applicant or type appear; stalling would block every
    // later licence. Say so loudly and move on.
    log.error(
      { service: 'materials', licenceId: licence.licenceId },
      'licence names an unknown applicant or material type; skipped',
    );
    return;
  }
  await submitVersion(em, {
    applicantId: licence.applicantId,
    materialTypeCode: licence.materialTypeCode,
    source: MaterialSource.ELECTRONIC_LICENCE,
    status: MaterialStatus.VERIFIED,
    sha256: licence.contentSha256,
    submittedBy: `licence:${licence.departmentCode}`,
    submittedAt: new Date(licence.issuedAt),
    validUntil: licence.validUntil ? new Date(licence.validUntil) : null,
    licenceId: licence.licenceId,
    licenceSerial: licence.serial,
    licenceCaseId: licence.caseId,
    licenceDepartmentCode: licence.departmentCode,
    licenceIssuedAt: new Date(licence.issuedAt),
  });
  await em.flush();
}

export const licenceConsumer = defineConsumer({
  name: 'materials.licences',
  topics: ['approvals.licence.issued'],
  handle: (event, em) => licenceIssued(event.payload, em),
});
