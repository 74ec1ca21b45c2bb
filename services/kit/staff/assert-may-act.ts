import { clock } from '../clock/clock';
import type { RequestContext } from '../context/request-context';
import { DomainError, unauthenticated } from '../errors/domain-error';
import { hasRole, isAnonymous } from '../identity/identity';
import { Role } from '../identity/role';
import { localDate } from '../calendar/working-calendar';
import { replicaStaffDirectory, type StaffDirectory } from './staff-directory';
import { permitProblem, representativeCovers } from './staff-records';

/** Refusals of the permit checks; every subgraph returns the same codes. */
export const StaffErrorCode = {
  NotOwnDepartment: 'NOT_OWN_DEPARTMENT',
  NotRegisteredStaff: 'NOT_REGISTERED_STAFF',
  PermitInvalid: 'PERMIT_INVALID',
  NotAuthorizedRepresentative: 'NOT_AUTHORIZED_REPRESENTATIVE',
} as const;

export interface ActingAs {
  departmentCode: string;
  /** The department role the act needs; a list means any of them. */
  role: Role | Role[];
  /** When the act happens; now by default. */
  at?: Date;
}

/**
 * Lets the caller act for a department only while the center has them registered there for
 * that role and holds a valid work permit for them. Reads the subgraph's replica unless given
 * another directory (the center passes its own registry).
 */
export async function assertMayAct(
  context: RequestContext,
  { departmentCode, role, at = clock.now() }: ActingAs,
  directory: StaffDirectory = replicaStaffDirectory,
): Promise<void> {
  const { identity, em } = context;
  if (isAnonymous(identity)) throw unauthenticated();
  const roles = Array.isArray(role) ? role : [role];
  if (identity.departmentCode !== departmentCode) {
    throw new DomainError(
      StaffErrorCode.NotOwnDepartment,
      `Only staff of department ${departmentCode} may do this.`,
      { departmentCode },
    );
  }
  const staff = await directory.staffMember(em, identity.subject!);
  if (
    !staff ||
    staff.departmentCode !== departmentCode ||
    !roles.includes(staff.duty as Role) ||
    !hasRole(identity, staff.duty as Role)
  ) {
    throw new DomainError(
      StaffErrorCode.NotRegisteredStaff,
      `${identity.subject} is not registered by the center as ${roles.join(' or ')} of ${departmentCode}.`,
      { subject: identity.subject, departmentCode, roles },
    );
  }
  const day = localDate(at);
  const problems = (await directory.permits(em, staff.subject)).map((permit) =>
    permitProblem(permit, day, at),
  );
  if (!problems.includes(null)) {
    throw new DomainError(
      StaffErrorCode.PermitInvalid,
      `${identity.subject} holds no valid work permit on ${day}.`,
      { subject: identity.subject, on: day, problems: problems.length ? problems : ['NONE'] },
    );
  }
}

/**
 * Lets the caller sign for a department's item only as its chief representative authorized for
 * that item at that time (and holding a valid work permit).
 */
export async function assertChiefRepresentative(
  context: RequestContext,
  {
    departmentCode,
    itemCode,
    at = clock.now(),
  }: { departmentCode: string; itemCode: string; at?: Date },
  directory: StaffDirectory = replicaStaffDirectory,
): Promise<void> {
  await assertMayAct(context, { departmentCode, role: Role.CHIEF_REPRESENTATIVE, at }, directory);
  const day = localDate(at);
  const authorized = (await directory.representatives(context.em, departmentCode)).some(
    (rep) =>
      rep.subject === context.identity.subject && representativeCovers(rep, itemCode, day, at),
  );
  if (!authorized) {
    throw new DomainError(
      StaffErrorCode.NotAuthorizedRepresentative,
      `${context.identity.subject} is not the authorized chief representative of ${departmentCode} for item ${itemCode} on ${day}.`,
      { subject: context.identity.subject, departmentCode, itemCode, on: day },
    );
  }
}
