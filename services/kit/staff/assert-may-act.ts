import { clock } from '../clock/clock';
import type { RequestContext } from '../context/request-context';
import { DomainError, unauthenticated } from '../errors/domain-error';
import { hasRole, isAnonymous } from '../identity/identity';
import { Role, departmentRoles } from '../identity/role';
import { localDate } from '../calendar/working-calendar';
import { replicaStaffDirectory, type StaffDirectory } from './staff-directory';
import { permitProblem, representativeCovers, type StaffRecord } from './staff-records';
import { announceStaffRefusal } from './staff-refusal';

/** Refusals of the permit checks; every subgraph returns the same codes. */
export const StaffErrorCode = {
  NotOwnDepartment: 'NOT_OWN_DEPARTMENT',
  NotRegisteredStaff: 'NOT_REGISTERED_STAFF',
  PermitInvalid: 'PERMIT_INVALID',
  NotAuthorizedRepresentative: 'NOT_AUTHORIZED_REPRESENTATIVE',
  NotDepartmentStaff: 'NOT_DEPARTMENT_STAFF',
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
  acting: ActingAs,
  directory: StaffDirectory = replicaStaffDirectory,
): Promise<StaffRecord> {
  return refusalsAnnounced(context, () => checkMayAct(context, acting, directory));
}

const staffRefusalCodes: readonly string[] = Object.values(StaffErrorCode);

/** Every refusal of the registry check is announced, so supervision records the violation. */
async function refusalsAnnounced<T>(context: RequestContext, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof DomainError && staffRefusalCodes.includes(error.code)) {
      await announceStaffRefusal(context, error);
    }
    throw error;
  }
}

async function checkMayAct(
  context: RequestContext,
  { departmentCode, role, at = clock.now() }: ActingAs,
  directory: StaffDirectory,
): Promise<StaffRecord> {
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
  return staff;
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
  await refusalsAnnounced(context, async () => {
    await checkMayAct(context, { departmentCode, role: Role.CHIEF_REPRESENTATIVE, at }, directory);
    await checkRepresentative(context, { departmentCode, itemCode, at }, directory);
  });
}

async function checkRepresentative(
  context: RequestContext,
  { departmentCode, itemCode, at }: { departmentCode: string; itemCode: string; at: Date },
  directory: StaffDirectory,
): Promise<void> {
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

/**
 * The one registry check for anyone acting as department staff, in every subgraph: a caller
 * holding a department role (of `roles`) acts only while the center has them registered for it in
 * their department, with a valid work permit. Callers acting in no department role pass.
 */
export async function assertRegisteredStaff(
  context: RequestContext,
  roles: readonly Role[] = departmentRoles,
  directory: StaffDirectory = replicaStaffDirectory,
): Promise<void> {
  const { identity } = context;
  const held = roles.filter((role) => hasRole(identity, role));
  if (held.length === 0) return;
  if (!identity.departmentCode) {
    const error = new DomainError(
      StaffErrorCode.NotDepartmentStaff,
      `${identity.subject} acts in a department role but for no department.`,
      { subject: identity.subject, roles: held },
    );
    await announceStaffRefusal(context, error);
    throw error;
  }
  await assertMayAct(context, { departmentCode: identity.departmentCode, role: held }, directory);
}

const registeredOnce = Symbol('registered staff check');

/**
 * `assertRegisteredStaff` once per request, for the caller's default department roles: for
 * reference resolvers, which the gateway calls once per object a list links to, so the registry
 * is read once however long the list.
 */
export function assertRegisteredStaffOnce(context: RequestContext): Promise<void> {
  let check = context.loaders.get(registeredOnce) as Promise<void> | undefined;
  if (!check) {
    check = assertRegisteredStaff(context);
    context.loaders.set(registeredOnce, check);
  }
  return check;
}
