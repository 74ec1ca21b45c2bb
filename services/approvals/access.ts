import type { FilterQuery } from '@mikro-orm/postgresql';
import { Role, forbidden, hasRole, isAnonymous, unauthenticated, type Identity } from '../kit';
import type { Case } from './case/case.entity';

/** The center and the supervision bureau watch every case. */
export const everyCaseRoles = [Role.COORDINATOR, Role.SUPERVISOR, Role.CENTER_ADMIN];

/** Department staff see the cases their department has a task on. */
export const departmentStaffRoles = [
  Role.WINDOW_CLERK,
  Role.DEPARTMENT_REVIEWER,
  Role.CHIEF_REPRESENTATIVE,
];

export const isCaseApplicant = (identity: Identity, kase: Pick<Case, 'applicantId'>) =>
  hasRole(identity, Role.APPLICANT) && identity.applicantId === kase.applicantId;

/** Tasks exist from acceptance on, one for each department of the case's items. */
const hasTaskOf = (kase: Pick<Case, 'acceptedAt' | 'departmentCodes'>, departmentCode: string) =>
  kase.acceptedAt !== null && kase.departmentCodes.includes(departmentCode);

export function maySeeCase(identity: Identity, kase: Case): boolean {
  if (hasRole(identity, ...everyCaseRoles) || isCaseApplicant(identity, kase)) return true;
  // A window clerk follows the applications they took in at the window.
  if (hasRole(identity, Role.WINDOW_CLERK) && kase.submittedBy === identity.subject) return true;
  return (
    !!identity.departmentCode &&
    hasRole(identity, ...departmentStaffRoles) &&
    hasTaskOf(kase, identity.departmentCode)
  );
}

export function assertMaySeeCase(identity: Identity, kase: Case): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (!maySeeCase(identity, kase)) {
    throw forbidden(`You may not see case ${kase.reference}.`);
  }
}

/** The cases of a department's staff, as a filter over the case table. */
export const departmentCasesFilter = (departmentCode: string) =>
  ({
    departmentCodes: { $contains: [departmentCode] },
    acceptedAt: { $ne: null },
  }) satisfies FilterQuery<Case>;
