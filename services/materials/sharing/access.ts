import {
  Role,
  forbidden,
  hasRole,
  isAnonymous,
  unauthenticated,
  DomainError,
  type Identity,
  type RequestContext,
} from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MaterialType } from '../material-type/material-type.entity';
import type { Material } from '../material/material.entity';
import { CaseAccess } from './case-access.entity';
import { ReadPurpose } from './read-purpose';

/** Staff who may see any applicant's record and the metadata of its materials. */
const staffSeeingEveryApplicant = [
  Role.WINDOW_CLERK,
  Role.COORDINATOR,
  Role.SUPERVISOR,
  Role.CENTER_ADMIN,
];
/** Department staff see only what their department's open tasks (or lead reviews) need. */
const departmentStaff = [Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE];

export const isOwnApplicant = (identity: Identity, applicantId: string) =>
  hasRole(identity, Role.APPLICANT) && identity.applicantId === applicantId;

export function assertMaySeeApplicant(identity: Identity, applicantId: string): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (isOwnApplicant(identity, applicantId)) return;
  if (hasRole(identity, ...staffSeeingEveryApplicant, ...departmentStaff)) return;
  throw forbidden('An applicant account sees only its own records.');
}

/** Uploading is the applicant's own act, or the window's on its behalf. */
export function assertMayUploadFor(identity: Identity, applicantId: string): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (isOwnApplicant(identity, applicantId) || hasRole(identity, Role.WINDOW_CLERK)) return;
  throw forbidden('Only the applicant or a window clerk may upload its materials.');
}

/**
 * The material types of an applicant the caller may list: every type, or only those its
 * department leads the review of or has an open task needing.
 */
export async function visibleMaterialTypes(
  context: RequestContext,
  applicantId: string,
): Promise<'all' | string[]> {
  const { identity, em } = context;
  assertMaySeeApplicant(identity, applicantId);
  if (isOwnApplicant(identity, applicantId) || hasRole(identity, ...staffSeeingEveryApplicant)) {
    return 'all';
  }
  const departmentCode = identity.departmentCode;
  if (!departmentCode) return [];
  const [led, open] = await Promise.all([
    typesLedBy(em, departmentCode),
    openAccess(context, applicantId, departmentCode),
  ]);
  return [...new Set([...led, ...open.flatMap((row) => row.materialTypeCodes)])];
}

/** The material types a department reviews, once for every department. */
export async function typesLedBy(em: EntityManager, departmentCode: string): Promise<string[]> {
  const types = await em.find(MaterialType, { leadDepartmentCode: departmentCode });
  return types.map((type) => type.code);
}

function openAccess(context: RequestContext, applicantId: string, departmentCode: string) {
  return context.em.find(CaseAccess, { applicantId, departmentCode, closedAt: null });
}

export interface ReadGrant {
  /** Null when the applicant reads its own material: only department reads are logged. */
  log: { purpose: ReadPurpose; caseId: string | null; departmentCode: string } | null;
}

/**
 * A department reads content only while it has an open task on a case that needs the material
 * type, or as the lead department reviewing a pending version.
 */
export async function authorizeContentRead(
  context: RequestContext,
  material: Material,
  caseId: string | null,
): Promise<ReadGrant> {
  const { identity, em } = context;
  if (isAnonymous(identity)) throw unauthenticated();
  if (isOwnApplicant(identity, material.applicantId)) return { log: null };
  const departmentCode = identity.departmentCode;
  if (!departmentCode || !hasRole(identity, ...departmentStaff)) {
    throw forbidden(
      "Only the applicant and departments working on its cases read a material's content.",
    );
  }
  if (caseId === null) {
    const type = await em.findOneOrFail(MaterialType, { code: material.materialTypeCode });
    if (type.leadDepartmentCode === departmentCode && hasRole(identity, Role.DEPARTMENT_REVIEWER)) {
      return { log: { purpose: ReadPurpose.REVIEW, caseId: null, departmentCode } };
    }
    throw new DomainError(
      'CASE_REQUIRED',
      'Name the case you read this material for; only the lead department reads it for review.',
    );
  }
  const task = await em.findOne(CaseAccess, {
    caseId,
    departmentCode,
    applicantId: material.applicantId,
    closedAt: null,
    materialTypeCodes: { $contains: [material.materialTypeCode] },
  });
  if (!task) {
    throw new DomainError(
      'NO_OPEN_TASK',
      `Department ${departmentCode} has no open task on case ${caseId} that needs this material.`,
      { departmentCode, caseId, materialTypeCode: material.materialTypeCode },
    );
  }
  return { log: { purpose: ReadPurpose.CASE, caseId, departmentCode } };
}
