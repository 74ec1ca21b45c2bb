import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { Role } from './role';
import { hasRole, isAnonymous } from './identity';

/**
 * `@Authorized()` needs a signed-in caller; `@Authorized(Role.X, ...)` needs one of the roles.
 * Refusals are thrown (not returned) so the client sees UNAUTHENTICATED or FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  if (isAnonymous(context.identity)) throw unauthenticated();
  if (roles.length > 0 && !hasRole(context.identity, ...roles)) throw forbidden();
  return true;
};

/** Department staff act only on their own department's work. */
export function assertOwnDepartment(context: RequestContext, departmentCode: string): void {
  const { identity } = context;
  if (isAnonymous(identity)) throw unauthenticated();
  if (identity.departmentCode !== departmentCode) {
    throw forbidden(`Only staff of department ${departmentCode} may do this.`);
  }
}
