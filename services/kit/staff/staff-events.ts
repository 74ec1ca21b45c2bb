/** Topics and payloads of the center's staff registry, shared by publisher and consumers. */
export const staffTopics = {
  registered: 'center.staff.registered',
  permitIssued: 'center.staff.permit-issued',
  permitRevoked: 'center.staff.permit-revoked',
  representativeAuthorized: 'center.chief-representative.authorized',
  representativeRevoked: 'center.chief-representative.revoked',
} as const;

export interface StaffRegisteredPayload {
  subject: string;
  name: string;
  departmentCode: string;
  sectionCode: string | null;
  duty: string;
}

/** `expiresOn` is when the permit lapses: consumers judge expiry from it, no event needed. */
export interface PermitIssuedPayload {
  number: string;
  subject: string;
  issuedOn: string;
  expiresOn: string;
}

export interface PermitRevokedPayload {
  number: string;
  subject: string;
  revokedAt: string;
  reason: string;
}

export interface RepresentativeAuthorizedPayload {
  id: string;
  subject: string;
  departmentCode: string;
  scopeAll: boolean;
  itemCodes: string[];
  validFrom: string;
  validTo: string;
  documentNumber: string;
}

export interface RepresentativeRevokedPayload {
  id: string;
  subject: string;
  departmentCode: string;
  revokedAt: string;
  reason: string;
}
