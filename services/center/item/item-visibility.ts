import { departmentRoles, forbidden, hasRole, Role, type Identity } from '../../kit';

/** Unpublished versions are seen by the offices that handle them and by the department's staff. */
export function canSeeDrafts(identity: Identity, departmentCode: string): boolean {
  if (hasRole(identity, Role.LEGAL_OFFICE, Role.CENTER_ADMIN, Role.SUPERVISOR, Role.COORDINATOR)) {
    return true;
  }
  return hasRole(identity, ...departmentRoles) && identity.departmentCode === departmentCode;
}

export function assertCanSeeDrafts(identity: Identity, departmentCode: string): void {
  if (!canSeeDrafts(identity, departmentCode)) {
    throw forbidden(
      `Only the offices handling the power list and ${departmentCode} staff see this.`,
    );
  }
}
