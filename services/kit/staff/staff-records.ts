/**
 * What the kit knows of the center's staff registry, as plain values. The center publishes them
 * (see `staff-events.ts`); every subgraph keeps a replica; the same rules judge both.
 */
export interface StaffRecord {
  subject: string;
  departmentCode: string;
  sectionCode: string | null;
  /** The department role the center registered the person for, e.g. `WINDOW_CLERK`. */
  duty: string;
}

export interface PermitRecord {
  number: string;
  subject: string;
  /** ISO dates, both included in the validity. */
  issuedOn: string;
  expiresOn: string;
  revokedAt: Date | null;
}

export interface RepresentativeRecord {
  id: string;
  subject: string;
  departmentCode: string;
  /** True when the authorization covers every item of the department. */
  scopeAll: boolean;
  itemCodes: string[];
  validFrom: string;
  validTo: string;
  revokedAt: Date | null;
}

/** Why a permit does not let its holder act on a day; null when it does. */
export type PermitProblem = 'REVOKED' | 'EXPIRED' | 'NOT_YET_VALID';

export function permitProblem(permit: PermitRecord, day: string, at: Date): PermitProblem | null {
  if (permit.revokedAt && permit.revokedAt <= at) return 'REVOKED';
  if (day < permit.issuedOn) return 'NOT_YET_VALID';
  if (day > permit.expiresOn) return 'EXPIRED';
  return null;
}

export const permitValidOn = (permit: PermitRecord, day: string, at: Date) =>
  permitProblem(permit, day, at) === null;

/** Whether an authorization was in force on `day` (at instant `at`), regardless of scope. */
export function representativeActiveOn(rep: RepresentativeRecord, day: string, at: Date): boolean {
  if (rep.revokedAt && rep.revokedAt <= at) return false;
  return rep.validFrom <= day && day <= rep.validTo;
}

export function representativeCovers(
  rep: RepresentativeRecord,
  itemCode: string,
  day: string,
  at: Date,
): boolean {
  return representativeActiveOn(rep, day, at) && (rep.scopeAll || rep.itemCodes.includes(itemCode));
}

/** Whether two validity periods (ISO dates, ends included) share a day. */
export const periodsOverlap = (
  a: { validFrom: string; validTo: string },
  b: { validFrom: string; validTo: string },
) => a.validFrom <= b.validTo && b.validFrom <= a.validTo;
