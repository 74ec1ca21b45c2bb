import {
  DomainError,
  type ErrorCode,
  hasRole,
  isAnonymous,
  sqlStaffDirectory,
  unauthenticated,
  type RequestContext,
  type Role,
} from '../kit';

/**
 * For acts the reform reserves to one office (the legal office approves items, a fee auditor
 * approves fees): a refusal names that office with a code of its own, not a generic FORBIDDEN.
 */
export function requireOffice(context: RequestContext, role: Role, code: ErrorCode): void {
  if (isAnonymous(context.identity)) throw unauthenticated();
  if (!hasRole(context.identity, role)) {
    throw new DomainError(code, `Only the ${role.toLowerCase().replace(/_/g, ' ')} may do this.`);
  }
}

/** The center's own registry, read by the kit's permit checks (other subgraphs read a replica). */
export const centerStaffDirectory = sqlStaffDirectory({
  staff: 'staff_member',
  permits: 'work_permit',
  representatives: 'chief_representative',
});
