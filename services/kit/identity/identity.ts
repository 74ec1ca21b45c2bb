import { Role, allRoles } from './role';

/** Who is calling, as the gateway verified it. */
export interface Identity {
  /** Stable id of the person; null for an anonymous caller. */
  subject: string | null;
  name: string | null;
  roles: Role[];
  /** Department code for department staff, null otherwise. */
  departmentCode: string | null;
  /** Applicant record an applicant account acts for, null otherwise. */
  applicantId: string | null;
}

export const anonymous: Identity = Object.freeze({
  subject: null,
  name: null,
  roles: [],
  departmentCode: null,
  applicantId: null,
});

export const isAnonymous = (identity: Identity) => identity.subject === null;

export const hasRole = (identity: Identity, ...roles: Role[]) =>
  roles.some((role) => identity.roles.includes(role));

/** Reads identity claims from a verified token payload, dropping anything unknown. */
export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const roles = Array.isArray(claims.roles)
    ? (claims.roles.filter((role) => allRoles.includes(role as Role)) as Role[])
    : [];
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    subject: text(claims.sub),
    name: text(claims.name),
    roles,
    departmentCode: text(claims.department),
    applicantId: text(claims.applicant),
  };
}

export function claimsFromIdentity(identity: Identity): Record<string, unknown> {
  return {
    name: identity.name ?? undefined,
    roles: identity.roles,
    department: identity.departmentCode ?? undefined,
    applicant: identity.applicantId ?? undefined,
  };
}
