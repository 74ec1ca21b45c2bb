/**
 * What the center announces: the departments that join the hub, its catalog (items, bundles,
 * fees), its staff registry, the seals it registers and the working-day calendar. Subgraphs keep
 * replicas of what they need from these.
 */

/** A department that joined the hub: subgraphs that name departments check codes against it. */
export interface DepartmentCreatedPayload {
  code: string;
  name: string;
  createdAt: string;
}

/** Everything a subgraph needs to accept, clock and check a case under an item version. */
export interface ItemPublishedPayload {
  code: string;
  version: number;
  name: string;
  kind: string;
  departmentCode: string;
  sectionCode: string;
  legalBasis: string;
  statutoryLimitDays: number;
  promisedLimitDays: number;
  steps: { kind: string; name: string }[];
  joint: boolean;
  meetingBeforeSign: boolean;
  materials: { materialTypeCode: string; core: boolean; mayBeMissingAtAcceptance: boolean }[];
  fees: { code: string; name: string; standard: string; legalBasis: string }[];
  publishedAt: string | null;
}

export interface BundlePublishedPayload {
  code: string;
  version: number;
  name: string;
  timeLimitDays: number;
  items: { code: string; version: number; departmentCode: string }[];
  departmentCodes: string[];
  prerequisites: { itemCode: string; requiresItemCode: string }[];
}

export interface FeeEntryApprovedPayload {
  code: string;
  name: string;
  standard: string;
  legalBasis: string;
}

export interface FeeEntryWithdrawnPayload {
  code: string;
}

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

export interface SealRegisteredPayload {
  id: string;
  departmentCode: string;
  name: string;
  /** base64 SPKI DER. */
  publicKey: string;
  keyFingerprint: string;
  registeredAt: string;
}

export interface SealRevokedPayload {
  id: string;
  departmentCode: string;
  keyFingerprint: string;
  revokedAt: string | null;
  reason: string | null;
}

/** A year's calendar, whole: a consumer replaces that year in one go. */
export interface CalendarChangedPayload {
  year: number;
  days: { date: string; kind: 'HOLIDAY' | 'MAKE_UP_WORKING_DAY'; name: string }[];
}

export interface CenterEvents {
  'center.department.created': DepartmentCreatedPayload;
  'center.item.published': ItemPublishedPayload;
  'center.bundle.published': BundlePublishedPayload;
  'center.fee-entry.approved': FeeEntryApprovedPayload;
  'center.fee-entry.withdrawn': FeeEntryWithdrawnPayload;
  'center.staff.registered': StaffRegisteredPayload;
  'center.staff.permit-issued': PermitIssuedPayload;
  'center.staff.permit-revoked': PermitRevokedPayload;
  'center.chief-representative.authorized': RepresentativeAuthorizedPayload;
  'center.chief-representative.revoked': RepresentativeRevokedPayload;
  'center.seal.registered': SealRegisteredPayload;
  'center.seal.revoked': SealRevokedPayload;
  'center.calendar.changed': CalendarChangedPayload;
}

export const centerTopics = {
  departmentCreated: 'center.department.created',
  itemPublished: 'center.item.published',
  bundlePublished: 'center.bundle.published',
  feeEntryApproved: 'center.fee-entry.approved',
  feeEntryWithdrawn: 'center.fee-entry.withdrawn',
  sealRegistered: 'center.seal.registered',
  sealRevoked: 'center.seal.revoked',
  calendarChanged: 'center.calendar.changed',
} as const satisfies Record<string, keyof CenterEvents>;

export const staffTopics = {
  registered: 'center.staff.registered',
  permitIssued: 'center.staff.permit-issued',
  permitRevoked: 'center.staff.permit-revoked',
  representativeAuthorized: 'center.chief-representative.authorized',
  representativeRevoked: 'center.chief-representative.revoked',
} as const satisfies Record<string, keyof CenterEvents>;
