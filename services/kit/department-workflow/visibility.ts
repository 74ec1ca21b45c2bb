import type { Identity } from '../identity/identity';
import { hasRole, isAnonymous } from '../identity/identity';
import { Role, departmentRoles } from '../identity/role';
import { DomainError, forbidden, unauthenticated } from '../errors/domain-error';
import { StaffErrorCode, assertRegisteredStaff } from '../staff/assert-may-act';
import type { RequestContext } from '../context/request-context';
import type { DepartmentTask } from './department-task.entity';

const oversight = [Role.COORDINATOR, Role.SUPERVISOR, Role.CENTER_ADMIN];

/** A department's work list is its own staff's, and the service center's and supervision's. */
export function assertMayListTasks(identity: Identity, departmentCode: string): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (hasRole(identity, ...oversight)) return;
  if (!hasRole(identity, ...departmentRoles)) throw forbidden();
  if (identity.departmentCode !== departmentCode) {
    throw new DomainError(
      StaffErrorCode.NotOwnDepartment,
      `Only staff of department ${departmentCode} may list its tasks.`,
      { departmentCode },
    );
  }
}

/**
 * One review is also seen by the case's applicant and by the staff of the other departments on
 * a joint approval, who work on the same case in parallel.
 */
export function assertMayReadReview(identity: Identity, task: DepartmentTask): void {
  if (isAnonymous(identity)) throw unauthenticated();
  if (hasRole(identity, ...oversight, ...departmentRoles)) return;
  if (hasRole(identity, Role.APPLICANT) && identity.applicantId === task.applicantId) return;
  throw forbidden('Only the applicant, department staff and the service center see this review.');
}

/**
 * A department's sealed licences are for staff and the service center: the applicant receives
 * them only from the joint approval, all together and only when the whole case completes, so a
 * licence of a case still running, rejected or withdrawn never reaches them from here.
 */
export const mayReadLicences = (identity: Identity): boolean =>
  !isAnonymous(identity) && hasRole(identity, ...oversight, ...departmentRoles);

/** The work list, to staff the center's registry certifies (the same check as every step). */
export async function assertMayListStaffTasks(
  context: RequestContext,
  departmentCode: string,
): Promise<void> {
  assertMayListTasks(context.identity, departmentCode);
  await assertRegisteredStaff(context);
}
