import { Role, hasRole, type RequestContext } from '../../kit';
import type { Licence } from './licence.entity';

/**
 * Licences reach the applicant together, when the case completes; until then only the staff
 * following the case see what has been signed.
 */
export function visibleLicences(context: RequestContext, licences: Licence[]): Licence[] {
  if (!hasRole(context.identity, Role.APPLICANT)) return licences;
  return licences.filter((licence) => licence.deliveredAt !== null);
}
