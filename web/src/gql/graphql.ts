/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in the center's time zone, written YYYY-MM-DD (ISO 8601), such as 2026-11-30. Days of deadlines, meetings and validity periods; instants are `DateTimeISO`. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A file sent as a part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
  Upload: { input: File; output: File; }
};

/** The registration of a market entity by Market Regulation. */
export type AmrRegistration = {
  __typename?: 'AmrRegistration';
  /** The business scope as the licence states it. */
  businessScope: Scalars['String']['output'];
  /** When it was last recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the reviewer who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Registered capital in ten thousand yuan, as decimal text, e.g. `500.00`. */
  registeredCapital: Scalars['String']['output'];
  /** Id of the task the registration belongs to. */
  taskId: Scalars['ID']['output'];
};

/** The registration an AMR reviewer records on a task. */
export type AmrRegistrationInput = {
  /** The business scope as the licence states it; at most 2000 characters. */
  businessScope: Scalars['String']['input'];
  /** Registered capital in ten thousand yuan, as decimal text, e.g. `500.00`. */
  registeredCapital: Scalars['String']['input'];
};

/** The Administration for Market Regulation's part of a case: its steps, who took them and when, its decision and licence. */
export type AmrReview = DepartmentReview & {
  __typename?: 'AmrReview';
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the person who accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The member of staff who accepted the task (`acceptedBy`), from the center's registry, for people working in the hub (not applicants); null until accepted. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  acceptedByStaff?: Maybe<StaffMember>;
  /** The applicant of the case (`applicantId`), with the materials subgraph's access rules (the applicant itself and registered staff). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** Id of the applicant. */
  applicantId: Scalars['ID']['output'];
  /** Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case the task belongs to (`caseId`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** Case number, e.g. `OS-2026-000123`. */
  caseReference: Scalars['String']['output'];
  /** Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** When it was signed or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of who decided: the chief representative who signed, or the reviewer who rejected. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who decided the task (`decidedBy`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged. */
  feesCharged: Array<DepartmentChargedFee>;
  /** Id of the task: the same as the joint approval's task. */
  id: Scalars['ID']['output'];
  /** The item versions the task covers. */
  items: Array<DepartmentReviewItem>;
  /** The standing licence of the task's first item, once the chief representative signed; department staff and the service center only (the applicant receives licences from the case, together, when it completes). */
  licence?: Maybe<DepartmentLicence>;
  /** Every licence sealed for this task, one per item at each sign-off, standing ones first (void ones kept for the record); department staff and the service center only. */
  licences: Array<DepartmentLicence>;
  /** Codes of the material types the task needs. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** The material types the task needs (`materialTypeCodes`), in the same order. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  materialTypes?: Maybe<Array<MaterialType>>;
  /** The meeting, once recorded. */
  meeting?: Maybe<DepartmentMeeting>;
  /** Whether an item of the task needs a meeting before the sign-off. */
  meetingRequired: Scalars['Boolean']['output'];
  /** When the joint approval opened the task. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Since when the clock is paused for a supplement; null while it runs. */
  pausedSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Working days the clock was paused for supplements so far. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** The registration, once a reviewer recorded it. */
  registration?: Maybe<AmrRegistration>;
  /** Why it was rejected; empty unless rejected. */
  rejectionReasons: Array<Scalars['String']['output']>;
  /** When it was last reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the reviewer. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer who last reviewed the task (`reviewedBy`), from the center's registry, for people working in the hub (not applicants); null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: DepartmentReviewStatus;
  /** What the last supplement request asked for; empty if none was made. */
  supplementRequests: Array<DepartmentSupplementRequest>;
  /** Every step of the task, in order. */
  timeline: Array<DepartmentReviewStep>;
};

/** A page of AMR review entries. */
export type AmrReviewConnection = {
  __typename?: 'AmrReviewConnection';
  /** The AMR review entries on this page with their cursors. */
  edges: Array<AmrReviewEdge>;
  /** The AMR review entries on this page, in order. */
  nodes: Array<AmrReview>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many AMR review entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One AMR review in a page, with its cursor. */
export type AmrReviewEdge = {
  __typename?: 'AmrReviewEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The AMR review. */
  node: AmrReview;
};

/** An enterprise or person that applies for items and hands over materials once. */
export type Applicant = {
  __typename?: 'Applicant';
  /** Every read of the applicant's material content by a department, newest first: who, which department, for which case, when. */
  contentReads: ContentReadConnection;
  /** When the applicant was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque id of the applicant. */
  id: Scalars['ID']['output'];
  /** Unified social credit code (enterprise) or resident ID number (person); unique in the hub. */
  identifier: Scalars['String']['output'];
  /** Enterprise or natural person. */
  kind: ApplicantKind;
  /** The applicant's material versions, newest first; department staff see only the types their department reviews or has an open task needing. */
  materials: MaterialConnection;
  /** Registered name of the enterprise, or the name of the person. */
  name: Scalars['String']['output'];
  /** The applicant account that registered itself online; null when a window clerk or the center registered it. */
  registeredByAccount?: Maybe<Scalars['String']['output']>;
};


/** An enterprise or person that applies for items and hands over materials once. */
export type ApplicantContentReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise or person that applies for items and hands over materials once. */
export type ApplicantMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  currentOnly?: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether an applicant is an organization or a natural person. */
export type ApplicantKind =
  /** An enterprise or other organization, identified by its unified social credit code. */
  | 'ENTERPRISE'
  /** A natural person, identified by the resident ID number. */
  | 'PERSON';

/** An application for a published bundle or a single published item. */
export type ApplicationInput = {
  /** A key the client chooses once per application (1 to 100 characters): sending the same key again returns the same case instead of a second one. */
  idempotencyKey: Scalars['String']['input'];
  /** Code of the bundle or item. */
  subjectCode: Scalars['ID']['input'];
  /** Whether it is for a bundle or a single item. */
  subjectKind: SubjectKind;
  /** What is applied for, in the applicant's words (1 to 200 characters). */
  title: Scalars['String']['input'];
};

/** A fee of the published fee catalog that one item of a case charges: what the case may be charged for that item, and nothing else. */
export type AssessedFee = {
  __typename?: 'AssessedFee';
  /** Code of the department that charges it, with its sign-off. */
  departmentCode: Scalars['String']['output'];
  /** Code of the fee catalog entry, e.g. `FEE-REAL-ESTATE-REG`. */
  feeCode: Scalars['ID']['output'];
  /** Code of the item that charges it, e.g. `NRP-003`. */
  itemCode: Scalars['ID']['output'];
  /** The item version the case was accepted under. */
  itemVersion: Scalars['Int']['output'];
  /** The law or price document that allows the fee. */
  legalBasis: Scalars['String']['output'];
  /** What the fee is for. */
  name: Scalars['String']['output'];
  /** How much is charged, as the fee catalog approval document states it, e.g. `CNY 550 per registration`. */
  standard: Scalars['String']['output'];
};

/** One event in the tamper-evident audit log, with its chain hashes. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The payload as canonical JSON: exactly the text that was hashed. */
  canonicalPayload: Scalars['String']['output'];
  /** The event's position in the hub's event log (a decimal string). */
  eventPosition: Scalars['String']['output'];
  /** This entry's SHA-256 hash, hex. */
  hash: Scalars['String']['output'];
  /** Key of the event: the entity it is about. */
  key: Scalars['String']['output'];
  /** When it was published. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Hash of the entry before it (64 zeros for the first). */
  previousHash: Scalars['String']['output'];
  /** The subgraph that published it. */
  producer: Scalars['String']['output'];
  /** Place in the chain, from 1, without gaps (a decimal string). */
  sequence: Scalars['String']['output'];
  /** Topic of the event. */
  topic: Scalars['String']['output'];
};

/** A range of the audit log with everything needed to check it elsewhere. */
export type AuditExport = {
  __typename?: 'AuditExport';
  /** How each hash is computed, step by step. */
  algorithm: Scalars['String']['output'];
  /** The hash the first exported entry must name as previous: the link to the earlier log. */
  anchorHash: Scalars['String']['output'];
  /** The entries of the range, oldest first. */
  entries: Array<AuditEntry>;
  /** Hash of the last exported entry. */
  headHash?: Maybe<Scalars['String']['output']>;
};

/** The authorization of a chief representative. */
export type AuthorizeChiefRepresentativeInput = {
  /** The department. */
  departmentCode: Scalars['String']['input'];
  /** Number of the authorization document. */
  documentNumber: Scalars['String']['input'];
  /** Items covered, when not all. */
  itemCodes?: Array<Scalars['String']['input']>;
  /** Whether it covers every item of the department. */
  scopeAll: Scalars['Boolean']['input'];
  /** Registered staff of the department, with duty CHIEF_REPRESENTATIVE. */
  subject: Scalars['String']['input'];
  /** First day of validity (ISO date). */
  validFrom: Scalars['Date']['input'];
  /** Last day of validity (ISO date). */
  validTo: Scalars['Date']['input'];
};

/** The coordinator board at a glance. */
export type BoardSummary = {
  __typename?: 'BoardSummary';
  /** Bottlenecks: departments with open tasks, most red first, then most yellow, then most open. */
  bottlenecks: Array<DepartmentLoad>;
  /** Cases in progress by warning level. */
  byLevel: Array<LevelCount>;
  /** Cases by status (every status listed). */
  byStatus: Array<StatusCount>;
};

/** "One thing": published items of several departments an applicant applies for at once, handled as one joint approval. */
export type Bundle = {
  __typename?: 'Bundle';
  /** Code of the bundle, e.g. `OPEN-A-BUSINESS`. */
  code: Scalars['ID']['output'];
  /** When the bundle was first published. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The departments that approve in parallel. */
  departments: Array<Department>;
  /** What the bundle achieves for the applicant. */
  description: Scalars['String']['output'];
  /** The items of the bundle, in their version in force. */
  items: Array<Item>;
  /** Name of the bundle as applicants know it. */
  name: Scalars['String']['output'];
  /** Items of the bundle that need another of its items decided first. */
  prerequisites: Array<BundlePrerequisite>;
  /** When this version of the bundle was published. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Time limit of the whole joint approval, in working days. */
  timeLimitDays: Scalars['Int']['output'];
  /** Version number; each republication adds one. */
  version: Scalars['Int']['output'];
};

/** A page of bundle entries. */
export type BundleConnection = {
  __typename?: 'BundleConnection';
  /** The bundle entries on this page with their cursors. */
  edges: Array<BundleEdge>;
  /** The bundle entries on this page, in order. */
  nodes: Array<Bundle>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many bundle entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One bundle in a page, with its cursor. */
export type BundleEdge = {
  __typename?: 'BundleEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The bundle. */
  node: Bundle;
};

/** A bundle to publish, or a new version of one. */
export type BundleInput = {
  /** Code of the bundle. */
  code: Scalars['String']['input'];
  /** What the bundle achieves for the applicant. */
  description?: Scalars['String']['input'];
  /** Codes of published items of at least two departments. */
  itemCodes: Array<Scalars['String']['input']>;
  /** Name of the bundle. */
  name: Scalars['String']['input'];
  /** Items of the bundle that need another of its items decided first. */
  prerequisites?: Array<PrerequisiteInput>;
  /** Time limit of the joint approval, in working days. */
  timeLimitDays: Scalars['Int']['input'];
};

/** That one item of a bundle needs another item of it decided first. */
export type BundlePrerequisite = {
  __typename?: 'BundlePrerequisite';
  /** The item that waits. */
  item?: Maybe<Item>;
  /** The item it waits for. */
  requires?: Maybe<Item>;
};

/** A day of the working-day calendar that is not an ordinary day. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The day (ISO date). */
  date: Scalars['Date']['output'];
  /** Holiday or make-up working day. */
  kind: CalendarDayKind;
  /** The holiday it belongs to, e.g. `National Day`. */
  name: Scalars['String']['output'];
};

/** A day of the working-day calendar that is not an ordinary day. */
export type CalendarDayInput = {
  /** The day (ISO date). */
  date: Scalars['Date']['input'];
  /** Holiday or make-up working day. */
  kind: CalendarDayKind;
  /** The holiday it belongs to. */
  name: Scalars['String']['input'];
};

/** How a day departs from the Monday-to-Friday rule. */
export type CalendarDayKind =
  /** A public holiday: not a working day. */
  | 'HOLIDAY'
  /** A weekend day worked to make up for a holiday. */
  | 'MAKE_UP_WORKING_DAY';

/** One year of the center's working-day calendar. */
export type CalendarYear = {
  __typename?: 'CalendarYear';
  /** Public holidays of the year, by date. */
  holidays: Array<CalendarDay>;
  /** Make-up working days of the year, by date. */
  makeUpWorkingDays: Array<CalendarDay>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** One application handled as one joint approval: accepted once, decided by every department in parallel, completed in one place. */
export type Case = {
  __typename?: 'Case';
  /** When the case was accepted; null before. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The applicant the case is for. */
  applicant?: Maybe<Applicant>;
  /** The calendar year the case waits for: its deadline would fall in (or run across) a year the center has not entered yet, so it is accepted once the year is entered; null otherwise. */
  calendarWaitingYear?: Maybe<Scalars['Int']['output']>;
  /** Online, or at a window. */
  channel: CaseChannel;
  /** The case's clock against its own limit, standing still while any task waits for a supplement (as supervision's); null until accepted. */
  clock?: Maybe<Clock>;
  /** When the case was returned, completed, rejected or withdrawn. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Materials accepted missing under commitment, until when, and whether they were verified since; null if none. */
  commitment?: Maybe<Commitment>;
  /** When the case was submitted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last working day to complete the case (`YYYY-MM-DD`), moved later by the working days it stood still for supplements; null until accepted. */
  deadlineOn?: Maybe<Scalars['Date']['output']>;
  /** The departments working on this case in parallel, by code. */
  departments?: Maybe<Array<Department>>;
  /** The case's fee assessment from the published fee catalog, made at acceptance: the fees it may be charged, by item, or none. Null until accepted. */
  feeAssessment?: Maybe<FeeAssessment>;
  /** Opaque id of the case. */
  id: Scalars['ID']['output'];
  /** The item versions the case applies for, as in force at submission. */
  items: Array<CaseItem>;
  /** The licences of the case: every one delivered together at completion (staff also see those signed before). */
  licences: Array<Licence>;
  /** For a returned case, the one notice of every material missing or wrong. */
  notice: Array<NoticeEntry>;
  /** Case number shown to the applicant and on every document, e.g. `OS-2026-001000`. */
  reference: Scalars['String']['output'];
  /** The materials the items add up to requiring. */
  requirements: Array<CaseRequirement>;
  /** Where the case stands. */
  status: CaseStatus;
  /** The bundle applied for (`subjectCode`), as the center publishes it now (a later version than `subjectVersion` once republished; `items` are the versions the case applies for); null for a case for a single item. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  subjectBundle?: Maybe<Bundle>;
  /** Code of the bundle or item applied for. */
  subjectCode: Scalars['ID']['output'];
  /** The item applied for, in the version applied under (`subjectCode`, `subjectVersion`), from the center; null for a case for a bundle. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  subjectItem?: Maybe<Item>;
  /** Whether the case is for a bundle or a single item. */
  subjectKind: SubjectKind;
  /** Version of the bundle or item applied for. */
  subjectVersion: Scalars['Int']['output'];
  /** Stable id of the person who submitted it: the applicant or the clerk. */
  submittedBy: Scalars['String']['output'];
  /** One task per department, by department code; empty until accepted. */
  tasks: Array<Task>;
  /** Time limit of the whole case in working days: the bundle limit, or the item limit. */
  timeLimitDays: Scalars['Int']['output'];
  /** Everything that happened to the case and its tasks, oldest first. */
  timeline: TimelineEntryConnection;
  /** What is applied for, in the applicant's words. */
  title: Scalars['String']['output'];
};


/** One application handled as one joint approval: accepted once, decided by every department in parallel, completed in one place. */
export type CaseTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows the coordinator board; every field is optional. */
export type CaseBoardFilter = {
  /** Only cases this department works on. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only cases at this warning level. */
  level?: InputMaybe<WarningLevel>;
  /** Only cases with this status. */
  status?: InputMaybe<CaseStatus>;
};

/** How an application reached the hub. */
export type CaseChannel =
  /** The applicant applied online. */
  | 'ONLINE'
  /** A certified window clerk accepted it at a window for the applicant. */
  | 'WINDOW';

/** A page of case entries. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The case entries on this page with their cursors. */
  edges: Array<CaseEdge>;
  /** The case entries on this page, in order. */
  nodes: Array<Case>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many case entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One case in a page, with its cursor. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
};

/** An item version a case applies for, as it was in force at submission. */
export type CaseItem = {
  __typename?: 'CaseItem';
  /** Code of the item, e.g. `DRC-001`. */
  code: Scalars['ID']['output'];
  /** The department that decides the item. */
  department?: Maybe<Department>;
  /** The item of the power list in this version (`code`, `version`), with its legal basis, steps, materials and fees, from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  item?: Maybe<Item>;
  /** Whether a meeting decides before the chief representative signs. */
  meetingBeforeSign: Scalars['Boolean']['output'];
  /** Name of the item. */
  name: Scalars['String']['output'];
  /** Time limit the center promises, in working days. */
  promisedLimitDays: Scalars['Int']['output'];
  /** The version in force when the case was submitted. */
  version: Scalars['Int']['output'];
};

/** A material the items of a case add up to requiring. */
export type CaseRequirement = {
  __typename?: 'CaseRequirement';
  /** Whether any item of the case requires it as a core material. */
  core: Scalars['Boolean']['output'];
  /** The material type required (`materialTypeCode`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** Code of the material type, e.g. `BUSINESS_LICENCE`. */
  materialTypeCode: Scalars['ID']['output'];
  /** Whether the case may be accepted without it, under a written commitment to hand it in later (every item requiring it allows that). */
  mayBeMissingAtAcceptance: Scalars['Boolean']['output'];
};

/** Where a case stands in the joint approval. */
export type CaseStatus =
  /** Every department approved; licences delivered together. */
  | 'COMPLETED'
  /** Accepted; departments are working on it in parallel. */
  | 'IN_PROGRESS'
  /** A department rejected it; the other tasks were cancelled. */
  | 'REJECTED'
  /** Not accepted: one notice lists every material missing or wrong. Apply again. */
  | 'RETURNED'
  /** Applied for; the one-time prerequisite check is running. */
  | 'SUBMITTED'
  /** The applicant withdrew it before completion. */
  | 'WITHDRAWN';

/** A change of a case's status, as it happens. */
export type CaseStatusUpdate = {
  __typename?: 'CaseStatusUpdate';
  /** When the change happened. */
  at: Scalars['DateTimeISO']['output'];
  /** The case. */
  caseId: Scalars['ID']['output'];
  /** Position of the announcing event in the hub's log: updates come in this order. */
  eventPosition: Scalars['String']['output'];
  /** Case number. */
  reference: Scalars['String']['output'];
  /** The status the case has now. */
  status: CaseStatus;
};

/** Why an audit log entry does not fit its chain. */
export type ChainBreak =
  /** The entry's content no longer gives its recorded hash. */
  | 'CONTENT_CHANGED'
  /** The entry does not name the hash of the entry before it. */
  | 'LINK_MISMATCH'
  /** An entry before this one is missing from the sequence. */
  | 'MISSING_ENTRY'
  /** An event supervision has been handed is not in the log, though every link holds (firstBrokenEventPosition names it). */
  | 'MISSING_EVENT';

/** The outcome of recomputing the audit log hash chain. */
export type ChainVerification = {
  __typename?: 'ChainVerification';
  /** How many entries were checked and found sound. */
  entriesChecked: Scalars['Int']['output'];
  /** Event position of the first broken entry. */
  firstBrokenEventPosition?: Maybe<Scalars['String']['output']>;
  /** Sequence of the first broken entry. */
  firstBrokenSequence?: Maybe<Scalars['String']['output']>;
  /** Hash of the last entry when the chain is sound: keep it to detect later rewrites. */
  headHash?: Maybe<Scalars['String']['output']>;
  /** Why the first broken entry fails. */
  reason?: Maybe<ChainBreak>;
  /** Whether every entry fits the chain. */
  valid: Scalars['Boolean']['output'];
};

/** A department's authorization of its chief representative: the one person who gives its final sign-off, for a scope of items and a period. */
export type ChiefRepresentative = {
  __typename?: 'ChiefRepresentative';
  /** When it was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The department. */
  department: Department;
  /** Number of the authorization document the department issued. */
  documentNumber: Scalars['String']['output'];
  /** Opaque id of the authorization. */
  id: Scalars['ID']['output'];
  /** Codes of the items covered, when not all of them. */
  itemCodes: Array<Scalars['String']['output']>;
  /** The person authorized (for people working in the hub, not applicants). */
  person?: Maybe<StaffMember>;
  /** Why it was revoked (for people working in the hub, not applicants). */
  revokeReason?: Maybe<Scalars['String']['output']>;
  /** When the authorization was revoked. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the authorization covers every item of the department. */
  scopeAll: Scalars['Boolean']['output'];
  /** First day of validity (ISO date). */
  validFrom: Scalars['Date']['output'];
  /** Last day of validity (ISO date). */
  validTo: Scalars['Date']['output'];
};

/** A page of chief representative authorization entries. */
export type ChiefRepresentativeConnection = {
  __typename?: 'ChiefRepresentativeConnection';
  /** The chief representative authorization entries on this page with their cursors. */
  edges: Array<ChiefRepresentativeEdge>;
  /** The chief representative authorization entries on this page, in order. */
  nodes: Array<ChiefRepresentative>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many chief representative authorization entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One chief representative authorization in a page, with its cursor. */
export type ChiefRepresentativeEdge = {
  __typename?: 'ChiefRepresentativeEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The chief representative authorization. */
  node: ChiefRepresentative;
};

/** A time limit in working days, and how much of it is used. */
export type Clock = {
  __typename?: 'Clock';
  /** Last working day of the limit (`YYYY-MM-DD`), moved by the paused days. */
  deadlineOn: Scalars['Date']['output'];
  /** Working days left; negative once the limit is passed. */
  leftDays: Scalars['Int']['output'];
  /** The time limit, in working days. */
  limitDays: Scalars['Int']['output'];
  /** Whether the limit is passed. */
  overdue: Scalars['Boolean']['output'];
  /** Whether the clock stands still now, waiting for a supplement. */
  paused: Scalars['Boolean']['output'];
  /** Working days the clock stood still for supplements. */
  pausedDays: Scalars['Int']['output'];
  /** Working days used so far, paused days not counted. */
  usedDays: Scalars['Int']['output'];
};

/** A time limit clock in working days, read now. */
export type ClockReading = {
  __typename?: 'ClockReading';
  /** Last working day of the limit (`YYYY-MM-DD`), moved by the paused days. */
  deadlineOn: Scalars['Date']['output'];
  /** Working days left; negative once the limit is passed. */
  leftDays: Scalars['Int']['output'];
  /** Green, yellow or red, as of now. */
  level: WarningLevel;
  /** The time limit, in working days. */
  limitDays: Scalars['Int']['output'];
  /** Whether the limit is passed. */
  overdue: Scalars['Boolean']['output'];
  /** Whether the clock stands still now, waiting for a supplement. */
  paused: Scalars['Boolean']['output'];
  /** Working days the clock stood still for supplements. */
  pausedDays: Scalars['Int']['output'];
  /**
   * Working days spent paused for supplements.
   * @deprecated Use `pausedDays`, as on a case’s `Clock`.
   */
  pausedWorkingDays: Scalars['Int']['output'];
  /** Working days used so far, paused days not counted. */
  usedDays: Scalars['Int']['output'];
  /**
   * Working days left before the time limit; negative when overdue.
   * @deprecated Use `leftDays`, as on a case’s `Clock`.
   */
  workingDaysLeft: Scalars['Int']['output'];
  /**
   * Working days counted so far (pauses excluded).
   * @deprecated Use `usedDays`, as on a case’s `Clock`.
   */
  workingDaysUsed: Scalars['Int']['output'];
};

/** What a clock belongs to. */
export type ClockSubjectKind =
  /** The whole case, against its time limit. */
  | 'CASE'
  /** One material a case was accepted without under commitment, against its deadline. */
  | 'COMMITMENT'
  /** One department's task, against its time limit. */
  | 'TASK';

/** A yellow or red card: a clock reached that level. Recorded once per level. */
export type ClockWarning = {
  __typename?: 'ClockWarning';
  /** The case itself (`caseId`), from the approvals subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** The case concerned. */
  caseId: Scalars['ID']['output'];
  /** The deadline as it stood then, pauses included (YYYY-MM-DD). */
  deadlineOn: Scalars['Date']['output'];
  /** The department (`departmentCode`) of a task warning, from the center; null for a case or commitment warning. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  department?: Maybe<Department>;
  /** The department, for a task warning. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Opaque id of the warning. */
  id: Scalars['ID']['output'];
  /** YELLOW or RED. */
  level: WarningLevel;
  /** The material type (`materialTypeCode`) of a commitment warning, from the materials subgraph; null for a case or task warning. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** The committed material, for a commitment warning; null otherwise. */
  materialTypeCode?: Maybe<Scalars['String']['output']>;
  /** When it was raised. */
  raisedAt: Scalars['DateTimeISO']['output'];
  /** Id of the case, task or commitment clock. */
  subjectId: Scalars['ID']['output'];
  /** Whether a case, a task or a committed material reached the level. */
  subjectKind: ClockSubjectKind;
  /** Working days left when it was raised (negative: overdue). */
  workingDaysLeft: Scalars['Int']['output'];
  /** Working days used when it was raised. */
  workingDaysUsed: Scalars['Int']['output'];
};

/** A page of warning entries. */
export type ClockWarningConnection = {
  __typename?: 'ClockWarningConnection';
  /** The warning entries on this page with their cursors. */
  edges: Array<ClockWarningEdge>;
  /** The warning entries on this page, in order. */
  nodes: Array<ClockWarning>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many warning entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One warning in a page, with its cursor. */
export type ClockWarningEdge = {
  __typename?: 'ClockWarningEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The warning. */
  node: ClockWarning;
};

/** Materials a case was accepted without, which the applicant committed to hand in: the licences wait until every one is verified, or the center records an exception. */
export type Commitment = {
  __typename?: 'Commitment';
  /** Last day to hand them in (`YYYY-MM-DD`). */
  deadlineOn: Scalars['Date']['output'];
  /** The center's documented exception, if it recorded one. */
  exception?: Maybe<CommitmentException>;
  /** Whether the commitment no longer holds the case back: every material verified, or an exception recorded. */
  kept: Scalars['Boolean']['output'];
  /** Codes of the material types committed to. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** Each committed material with its own deadline, in the order committed. */
  materials: Array<CommittedMaterial>;
  /** Committed material types not verified yet. */
  outstandingMaterialTypeCodes: Array<Scalars['String']['output']>;
  /** Committed material types their lead department has verified since acceptance. */
  verifiedMaterialTypeCodes: Array<Scalars['String']['output']>;
};

/** The center's documented decision that a case may complete without a committed material. */
export type CommitmentException = {
  __typename?: 'CommitmentException';
  /** When it was recorded (ISO-8601). */
  at: Scalars['String']['output'];
  /** Stable id of the center administrator who recorded it. */
  by: Scalars['String']['output'];
  /** Number of the document that records the decision. */
  documentNumber: Scalars['String']['output'];
  /** Why the center allows it. */
  reason: Scalars['String']['output'];
};

/** What stopped a committed material's clock. */
export type CommitmentKeptBy =
  /** The case was rejected or withdrawn before. */
  | 'CASE_ENDED'
  /** The center recorded a documented exception: the case completes without it. */
  | 'EXCEPTION'
  /** Its lead department verified the material. */
  | 'VERIFIED';

/** One material a case was accepted without under commitment, with its own deadline: supervision warns yellow and red as it nears and passes, and records a violation once it passed unverified. */
export type CommittedMaterial = {
  __typename?: 'CommittedMaterial';
  /** Last working day to have it verified (`YYYY-MM-DD`): 5 working days after acceptance, or the case limit if shorter; recomputed when the center changes the calendar. */
  deadlineOn: Scalars['Date']['output'];
  /** The material type committed to (`materialTypeCode`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** Code of the material type committed to. */
  materialTypeCode: Scalars['String']['output'];
  /** Whether its lead department has verified it since acceptance. */
  verified: Scalars['Boolean']['output'];
};

/** The outcome of one check for one department. */
export type ComplianceCheck = {
  __typename?: 'ComplianceCheck';
  /** What was found, in words. */
  detail: Scalars['String']['output'];
  /** The records that fail it: section or item codes, staff ids, authorization ids. */
  failing: Array<Scalars['String']['output']>;
  /** Whether the department passes it. */
  passed: Scalars['Boolean']['output'];
  /** The check. */
  rule: ComplianceRule;
};

/** The reform inspection and acceptance report of one department. */
export type ComplianceReport = {
  __typename?: 'ComplianceReport';
  /** Each check, in the order of the reform. */
  checks: Array<ComplianceCheck>;
  /** The department inspected. */
  department: Department;
  /** Whether it passes every check. */
  passed: Scalars['Boolean']['output'];
};

/** A check of the reform inspection and acceptance. */
export type ComplianceRule =
  /** A chief representative is authorized today and holds a valid work permit. */
  | 'CHIEF_REPRESENTATIVE_AUTHORIZED'
  /** Every published item that is not joint has at most 3 steps. */
  | 'ITEMS_AT_MOST_THREE_STEPS'
  /** The department has published items, and every item has a version in force. */
  | 'ITEMS_PUBLISHED'
  /** An approval seal is registered and active. */
  | 'SEAL_REGISTERED'
  /** The department has at most 3 approval sections. */
  | 'SECTIONS_AT_MOST_THREE'
  /** The department has window clerks, each holding a valid work permit. */
  | 'WINDOW_CLERKS_CERTIFIED';

/** One read of a material's content by a department: who, which department, why, when. */
export type ContentRead = {
  __typename?: 'ContentRead';
  /** The case the content was read for (`caseId`), from the approvals subgraph; null for a read for the lead review. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** The case the read was for; null for a review. */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** The department the reader acted for. */
  department?: Maybe<Department>;
  /** Opaque id of the log entry. */
  id: Scalars['ID']['output'];
  /** The material version that was read. */
  material: Material;
  /** For a case task, or for the prerequisite review. */
  purpose: ReadPurpose;
  /** When the content was read. */
  readAt: Scalars['DateTimeISO']['output'];
  /** Name of the person who read. */
  readerName?: Maybe<Scalars['String']['output']>;
  /** The member of staff who read it (`readerSubject`), from the center's registry, for people working in the hub (not applicants). Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  readerStaff?: Maybe<StaffMember>;
  /** Stable id of the person who read. */
  readerSubject: Scalars['String']['output'];
};

/** A page of content read entries. */
export type ContentReadConnection = {
  __typename?: 'ContentReadConnection';
  /** The content read entries on this page with their cursors. */
  edges: Array<ContentReadEdge>;
  /** The content read entries on this page, in order. */
  nodes: Array<ContentRead>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many content read entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One content read in a page, with its cursor. */
export type ContentReadEdge = {
  __typename?: 'ContentReadEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The content read. */
  node: ContentRead;
};

/** A department joining the hub. */
export type CreateDepartmentInput = {
  /** Short code of the department, stable forever: a capital, then 1 to 15 capitals, digits or _ (e.g. `TAX`). */
  code: Scalars['String']['input'];
  /** Full name of the department, unique in the hub. */
  name: Scalars['String']['input'];
};

/** A new kind of prerequisite material. */
export type CreateMaterialTypeInput = {
  /** Stable code of the material type: a capital, then 1 to 63 capitals, digits or _ (e.g. `TAX_REGISTRATION`). */
  code: Scalars['String']['input'];
  /** The one department whose reviewers verify or reject materials of this type, once for all; a department the center created. */
  leadDepartmentCode: Scalars['String']['input'];
  /** True for the type a department's licence becomes (its `licence.materialTypeCode`, led by that department): verified when the hub issues the licence, never uploaded, so the next case reuses it. */
  licence?: Scalars['Boolean']['input'];
  /** Name of the material type as applicants see it. */
  name: Scalars['String']['input'];
  /** How many months (1 to 600) a verified version stays valid after its review; null when it never expires. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** A new approval section. */
export type CreateSectionInput = {
  /** Code of the new section, unique in the hub. */
  code: Scalars['String']['input'];
  /** Department the section belongs to. */
  departmentCode: Scalars['String']['input'];
  /** Name of the new section. */
  name: Scalars['String']['input'];
};

/** A new window of the service center. */
export type CreateWindowInput = {
  /** The department a DEPARTMENT window is assigned to. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Whether it serves one department or several. */
  kind: WindowKind;
  /** Name of the window. */
  name: Scalars['String']['input'];
  /** Number shown above the window. */
  number: Scalars['Int']['input'];
  /** Which department staffs a COMPREHENSIVE window on which days. */
  shares?: InputMaybe<Array<WindowShareInput>>;
};

/** A government department that approves items at the service center. */
export type Department = {
  __typename?: 'Department';
  /** The chief representative authorization in force today, if any. */
  chiefRepresentative?: Maybe<ChiefRepresentative>;
  /** Short code of the department, e.g. `DRC`; stable forever. */
  code: Scalars['ID']['output'];
  /** When the department joined the hub. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Full name of the department. */
  name: Scalars['String']['output'];
  /** Its active approval seal, if any. */
  seal?: Maybe<Seal>;
  /** Its approval sections (at most 3). */
  sections: Array<Section>;
  /** The windows that take its applications: its own and shared ones. */
  windows: Array<Window>;
};

/** A fee of the case's fee assessment an item of the task may be charged: an approved fee catalog entry the item version was published with. */
export type DepartmentAssessedFee = {
  __typename?: 'DepartmentAssessedFee';
  /** Code of the fee catalog entry, e.g. `FEE-REAL-ESTATE-REG`. */
  code: Scalars['ID']['output'];
  /** The law or price document that allows the fee. */
  legalBasis: Scalars['String']['output'];
  /** What the fee is for. */
  name: Scalars['String']['output'];
  /** How much is charged, as the fee catalog approval document states it. */
  standard: Scalars['String']['output'];
};

/** A fee the chief representative charged with the sign-off. */
export type DepartmentChargedFee = {
  __typename?: 'DepartmentChargedFee';
  /** The amount charged, in CNY, as decimal text, e.g. `550.00`. */
  amount: Scalars['String']['output'];
  /** Code of the fee catalog entry charged. */
  feeCode: Scalars['ID']['output'];
  /** Code of the item the fee is charged for. */
  itemCode: Scalars['ID']['output'];
};

/** A page of department entries. */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** The department entries on this page with their cursors. */
  edges: Array<DepartmentEdge>;
  /** The department entries on this page, in order. */
  nodes: Array<Department>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many department entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One department in a page, with its cursor. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The department. */
  node: Department;
};

/** A fee charged with the sign-off: an entry of the case's fee assessment for an item of the task, and the amount. */
export type DepartmentFeeChargeInput = {
  /** The amount charged, in CNY: a positive decimal, at most 2 decimals. */
  amount: Scalars['String']['input'];
  /** Code of the fee catalog entry charged. */
  feeCode: Scalars['ID']['input'];
  /** Code of the item of the task the fee is charged for. */
  itemCode: Scalars['ID']['input'];
};

/** A licence a department's chief representative signed and sealed. */
export type DepartmentLicence = {
  __typename?: 'DepartmentLicence';
  /** The signed content as canonical JSON (keys in order, no spaces): the exact bytes the seal covers. */
  content: Scalars['String']['output'];
  /** Hex SHA-256 of the canonical content. */
  contentSha256: Scalars['String']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The item version it licenses (`itemCode`, `itemVersion`), from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  item?: Maybe<Item>;
  /** Code of the item it licenses. */
  itemCode: Scalars['String']['output'];
  /** Version of the item it licenses. */
  itemVersion: Scalars['Int']['output'];
  /** The material type it becomes for later applications (`materialTypeCode`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** Material type it becomes for later applications, e.g. `SITE_PLAN`. */
  materialTypeCode: Scalars['String']['output'];
  /** Id of the seal key that signed it. */
  sealKeyId: Scalars['ID']['output'];
  /** Serial of the licence, random so none can be guessed from another, e.g. `DRC-2026-7K3Q-MXW9-PD4H-T2RB-BN6C`. */
  serial: Scalars['ID']['output'];
  /** Base64 Ed25519 signature of the department's approval seal. */
  signature: Scalars['String']['output'];
  /** Id of the task it decided. */
  taskId: Scalars['ID']['output'];
  /** When it lapses; null if it does not. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it is void: `CASE_REJECTED`, `CASE_WITHDRAWN` or why the sign-off was refused. */
  voidReason?: Maybe<Scalars['String']['output']>;
  /** When it became void: the case ended before the joint approval took it, or the sign-off was refused. Null while it stands. */
  voidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A department's open work and how late it runs. */
export type DepartmentLoad = {
  __typename?: 'DepartmentLoad';
  /** Department code. */
  departmentCode: Scalars['String']['output'];
  /** Open tasks. */
  openTasks: Scalars['Int']['output'];
  /** Open tasks waiting for a supplement. */
  pausedTasks: Scalars['Int']['output'];
  /** Open tasks at red (overdue). */
  redTasks: Scalars['Int']['output'];
  /** Open tasks at yellow. */
  yellowTasks: Scalars['Int']['output'];
};

/** The meeting an item needs before the chief representative signs. */
export type DepartmentMeeting = {
  __typename?: 'DepartmentMeeting';
  /** Day the meeting was held, `YYYY-MM-DD`. */
  heldOn: Scalars['Date']['output'];
  /** What the meeting decided. */
  minutes: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the reviewer who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** A department's review of its task in a joint approval: the fields every department shares. Select them once with `... on DepartmentReview`; each department's type (`DrcReview`, ...) adds its own. */
export type DepartmentReview = {
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the person who accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The member of staff who accepted the task (`acceptedBy`), from the center's registry, for people working in the hub (not applicants); null until accepted. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  acceptedByStaff?: Maybe<StaffMember>;
  /** The applicant of the case (`applicantId`), with the materials subgraph's access rules (the applicant itself and registered staff). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** Id of the applicant. */
  applicantId: Scalars['ID']['output'];
  /** Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case the task belongs to (`caseId`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** Case number, e.g. `OS-2026-000123`. */
  caseReference: Scalars['String']['output'];
  /** Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** When it was signed or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of who decided: the chief representative who signed, or the reviewer who rejected. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who decided the task (`decidedBy`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged. */
  feesCharged: Array<DepartmentChargedFee>;
  /** Id of the task: the same as the joint approval's task. */
  id: Scalars['ID']['output'];
  /** The item versions the task covers. */
  items: Array<DepartmentReviewItem>;
  /** The sealed licence, once the chief representative signed. */
  licence?: Maybe<DepartmentLicence>;
  /** Codes of the material types the task needs. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** The material types the task needs (`materialTypeCodes`), in the same order. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  materialTypes?: Maybe<Array<MaterialType>>;
  /** The meeting, once recorded. */
  meeting?: Maybe<DepartmentMeeting>;
  /** Whether an item of the task needs a meeting before the sign-off. */
  meetingRequired: Scalars['Boolean']['output'];
  /** When the joint approval opened the task. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Since when the clock is paused for a supplement; null while it runs. */
  pausedSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Working days the clock was paused for supplements so far. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** Why it was rejected; empty unless rejected. */
  rejectionReasons: Array<Scalars['String']['output']>;
  /** When it was last reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the reviewer. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer who last reviewed the task (`reviewedBy`), from the center's registry, for people working in the hub (not applicants); null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: DepartmentReviewStatus;
  /** What the last supplement request asked for; empty if none was made. */
  supplementRequests: Array<DepartmentSupplementRequest>;
  /** Every step of the task, in order. */
  timeline: Array<DepartmentReviewStep>;
};

/** An item version a department task covers. */
export type DepartmentReviewItem = {
  __typename?: 'DepartmentReviewItem';
  /** Code of the item, e.g. `DRC-001`. */
  code: Scalars['ID']['output'];
  /** The fees the case's fee assessment allows for the item: all the department may charge for it, with its sign-off; empty when it charges nothing. */
  fees: Array<DepartmentAssessedFee>;
  /** The item of the power list in this version (`code`, `version`), with its legal basis, materials and fees, from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  item?: Maybe<Item>;
  /** Whether a meeting decides before the chief representative signs. */
  meetingBeforeSign: Scalars['Boolean']['output'];
  /** Name of the item. */
  name: Scalars['String']['output'];
  /** Time limit the center promises, in working days. */
  promisedLimitDays: Scalars['Int']['output'];
  /** The steps the item was published with, in order (`ACCEPT`, `REVIEW`, `SIGN`): the steps the task runs. */
  steps: Array<Scalars['String']['output']>;
  /** The item version the case was accepted under. */
  version: Scalars['Int']['output'];
};

/** Where a department's task stands in its own workflow. */
export type DepartmentReviewStatus =
  /** Accepted by the department; waiting for review. */
  | 'ACCEPTED'
  /** Signed by the chief representative; the licence is sealed. */
  | 'APPROVED'
  /** Cancelled because the case was rejected or withdrawn. */
  | 'CANCELLED'
  /** Opened by the joint approval; waiting for the department to accept it. */
  | 'OPEN'
  /** Rejected by the department, with reasons. */
  | 'REJECTED'
  /** Reviewed; waiting for the meeting (when an item needs one) and the sign-off. */
  | 'REVIEWED'
  /** Waiting for the applicant's supplement; the task's clock is paused. */
  | 'SUPPLEMENT_REQUESTED';

/** One step of a department's task, as its timeline shows it. */
export type DepartmentReviewStep = {
  __typename?: 'DepartmentReviewStep';
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** Subject of the person who acted; null for what the joint approval did. */
  by?: Maybe<Scalars['String']['output']>;
  /** The member of staff who acted (`by`), from the center's registry, for people working in the hub (not applicants); null for what the joint approval did. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  byStaff?: Maybe<StaffMember>;
  /** Opaque id of the step. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: DepartmentStepKind;
  /** What the step said: the opinion, the minutes, the reasons, the materials asked for, or the licence serial. */
  note?: Maybe<Scalars['String']['output']>;
  /** Id of the task. */
  taskId: Scalars['ID']['output'];
};

/** A page of a department's timeline. */
export type DepartmentReviewStepConnection = {
  __typename?: 'DepartmentReviewStepConnection';
  /** The steps with their cursors. */
  edges: Array<DepartmentReviewStepEdge>;
  /** The steps on this page, newest first. */
  nodes: Array<DepartmentReviewStep>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many steps the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One step of a department's timeline, with its cursor. */
export type DepartmentReviewStepEdge = {
  __typename?: 'DepartmentReviewStepEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The step. */
  node: DepartmentReviewStep;
};

/** The public half of a department's approval seal. */
export type DepartmentSealKey = {
  __typename?: 'DepartmentSealKey';
  /** Signature algorithm: `Ed25519`. */
  algorithm: Scalars['String']['output'];
  /** When the key was generated. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Id of the key; licences name the key that sealed them. */
  id: Scalars['ID']['output'];
  /** Public key, base64 SPKI DER. */
  publicKey: Scalars['String']['output'];
};

/** One department's record over a period. */
export type DepartmentStatistics = {
  __typename?: 'DepartmentStatistics';
  /** Average working days used per decided case (pauses excluded). */
  averageWorkingDays?: Maybe<Scalars['Float']['output']>;
  /** Cases the department decided (approved or rejected) in the period. */
  casesHandled: Scalars['Int']['output'];
  /** Department code. */
  departmentCode: Scalars['String']['output'];
  /** Of those, how many within their time limit. */
  onTime: Scalars['Int']['output'];
  /** onTime / casesHandled; null with none handled. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of working days used: the smallest value at least 90% of decided cases do not exceed. */
  p90WorkingDays?: Maybe<Scalars['Int']['output']>;
  /** Cases the department rejected in the period. */
  rejections: Scalars['Int']['output'];
  /** Supplements the department requested in the period. */
  supplements: Scalars['Int']['output'];
  /** Violations recorded against the department. */
  violations: Scalars['Int']['output'];
  /** Yellow and red cards raised on the department's tasks. */
  warnings: Scalars['Int']['output'];
};

/** What happened at one step of a department's task. */
export type DepartmentStepKind =
  /** The department accepted the task. */
  | 'ACCEPTED'
  /** The chief representative signed; the licence was sealed. */
  | 'APPROVED'
  /** The case was rejected or withdrawn; the task ended unfinished. */
  | 'CANCELLED'
  /** The meeting an item needs was held and its minutes recorded. */
  | 'MEETING_RECORDED'
  /** The joint approval opened the task for the department. */
  | 'OPENED'
  /** The department rejected the task, with reasons. */
  | 'REJECTED'
  /** The applicant supplied what was asked; the clock runs again. */
  | 'RESUMED'
  /** The chief representative sent the task back to review, with reasons. */
  | 'RETURNED'
  /** A reviewer gave an opinion. */
  | 'REVIEWED'
  /** The joint approval refused the sign-off (its signer or seal had been revoked first); the licence is void and the task waits for a lawful sign-off. */
  | 'SIGN_OFF_REFUSED'
  /** A reviewer asked the applicant for a supplement. */
  | 'SUPPLEMENT_REQUESTED';

/** One material a department asks the applicant to supply again. */
export type DepartmentSupplementRequest = {
  __typename?: 'DepartmentSupplementRequest';
  /** The material type to supply (`materialTypeCode`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** Code of the material type to supply, e.g. `SITE_PLAN`. */
  materialTypeCode: Scalars['String']['output'];
  /** What is missing or wrong, in words the applicant can act on. */
  reason: Scalars['String']['output'];
};

/** One material a department asks the applicant to supply again. */
export type DepartmentSupplementRequestInput = {
  /** Code of the material type to supply, e.g. `SITE_PLAN`. */
  materialTypeCode: Scalars['String']['input'];
  /** What is missing or wrong, in words the applicant can act on. */
  reason: Scalars['String']['input'];
};

/** How the Development and Reform Commission admits an investment project. */
export type DrcProcedure =
  /** Approval (核准): projects in the government-approved investment catalog. */
  | 'APPROVAL'
  /** Filing (备案): the project is recorded, not approved. */
  | 'FILING';

/** The investment project a Development and Reform Commission task admits. */
export type DrcProject = {
  __typename?: 'DrcProject';
  /** Whether the project is filed or approved. */
  procedure: DrcProcedure;
  /** National investment project code, e.g. `2026-330100-44-01-000123`. */
  projectCode: Scalars['String']['output'];
  /** When it was last recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the reviewer who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Id of the task the project belongs to. */
  taskId: Scalars['ID']['output'];
  /** Total investment in ten thousand yuan, as decimal text, e.g. `1200.50`. */
  totalInvestment: Scalars['String']['output'];
};

/** The investment project a DRC reviewer records on a task. */
export type DrcProjectInput = {
  /** Whether the project is filed or approved. */
  procedure: DrcProcedure;
  /** National investment project code, e.g. `2026-330100-44-01-000123`. */
  projectCode: Scalars['String']['input'];
  /** Total investment in ten thousand yuan, as decimal text, e.g. `1200.50`. */
  totalInvestment: Scalars['String']['input'];
};

/** The Development and Reform Commission's part of a case: its steps, who took them and when, its decision and licence. */
export type DrcReview = DepartmentReview & {
  __typename?: 'DrcReview';
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the person who accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The member of staff who accepted the task (`acceptedBy`), from the center's registry, for people working in the hub (not applicants); null until accepted. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  acceptedByStaff?: Maybe<StaffMember>;
  /** The applicant of the case (`applicantId`), with the materials subgraph's access rules (the applicant itself and registered staff). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** Id of the applicant. */
  applicantId: Scalars['ID']['output'];
  /** Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case the task belongs to (`caseId`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** Case number, e.g. `OS-2026-000123`. */
  caseReference: Scalars['String']['output'];
  /** Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** When it was signed or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of who decided: the chief representative who signed, or the reviewer who rejected. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who decided the task (`decidedBy`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged. */
  feesCharged: Array<DepartmentChargedFee>;
  /** Id of the task: the same as the joint approval's task. */
  id: Scalars['ID']['output'];
  /** The item versions the task covers. */
  items: Array<DepartmentReviewItem>;
  /** The standing licence of the task's first item, once the chief representative signed; department staff and the service center only (the applicant receives licences from the case, together, when it completes). */
  licence?: Maybe<DepartmentLicence>;
  /** Every licence sealed for this task, one per item at each sign-off, standing ones first (void ones kept for the record); department staff and the service center only. */
  licences: Array<DepartmentLicence>;
  /** Codes of the material types the task needs. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** The material types the task needs (`materialTypeCodes`), in the same order. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  materialTypes?: Maybe<Array<MaterialType>>;
  /** The meeting, once recorded. */
  meeting?: Maybe<DepartmentMeeting>;
  /** Whether an item of the task needs a meeting before the sign-off. */
  meetingRequired: Scalars['Boolean']['output'];
  /** When the joint approval opened the task. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Since when the clock is paused for a supplement; null while it runs. */
  pausedSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Working days the clock was paused for supplements so far. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** The investment project, once a reviewer recorded it. */
  project?: Maybe<DrcProject>;
  /** Why it was rejected; empty unless rejected. */
  rejectionReasons: Array<Scalars['String']['output']>;
  /** When it was last reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the reviewer. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer who last reviewed the task (`reviewedBy`), from the center's registry, for people working in the hub (not applicants); null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: DepartmentReviewStatus;
  /** What the last supplement request asked for; empty if none was made. */
  supplementRequests: Array<DepartmentSupplementRequest>;
  /** Every step of the task, in order. */
  timeline: Array<DepartmentReviewStep>;
};

/** A page of DRC review entries. */
export type DrcReviewConnection = {
  __typename?: 'DrcReviewConnection';
  /** The DRC review entries on this page with their cursors. */
  edges: Array<DrcReviewEdge>;
  /** The DRC review entries on this page, in order. */
  nodes: Array<DrcReview>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many DRC review entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One DRC review in a page, with its cursor. */
export type DrcReviewEdge = {
  __typename?: 'DrcReviewEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The DRC review. */
  node: DrcReview;
};

/** The Ecology and Environment bureau's assessment of a project's impact. */
export type EebAssessment = {
  __typename?: 'EebAssessment';
  /** The conclusion of the assessment, as the approval states it. */
  conclusion: Scalars['String']['output'];
  /** The form the assessment takes. */
  impactCategory: EebImpactCategory;
  /** When it was last recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the reviewer who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Id of the task the assessment belongs to. */
  taskId: Scalars['ID']['output'];
};

/** The impact assessment an EEB reviewer records on a task. */
export type EebAssessmentInput = {
  /** The conclusion of the assessment, as the approval states it. */
  conclusion: Scalars['String']['input'];
  /** The form the assessment takes. */
  impactCategory: EebImpactCategory;
};

/** The form of a project's environmental impact assessment. */
export type EebImpactCategory =
  /** Environmental impact registration form (登记表): very small impact. */
  | 'REGISTRATION_FORM'
  /** Environmental impact report (报告书): significant impact expected. */
  | 'REPORT'
  /** Environmental impact report form (报告表): light impact expected. */
  | 'REPORT_FORM';

/** The Bureau of Ecology and Environment's part of a case: its steps, who took them and when, its decision and licence. */
export type EebReview = DepartmentReview & {
  __typename?: 'EebReview';
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the person who accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The member of staff who accepted the task (`acceptedBy`), from the center's registry, for people working in the hub (not applicants); null until accepted. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  acceptedByStaff?: Maybe<StaffMember>;
  /** The applicant of the case (`applicantId`), with the materials subgraph's access rules (the applicant itself and registered staff). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** Id of the applicant. */
  applicantId: Scalars['ID']['output'];
  /** The impact assessment, once a reviewer recorded it. */
  assessment?: Maybe<EebAssessment>;
  /** Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case the task belongs to (`caseId`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** Case number, e.g. `OS-2026-000123`. */
  caseReference: Scalars['String']['output'];
  /** Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** When it was signed or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of who decided: the chief representative who signed, or the reviewer who rejected. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who decided the task (`decidedBy`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged. */
  feesCharged: Array<DepartmentChargedFee>;
  /** Id of the task: the same as the joint approval's task. */
  id: Scalars['ID']['output'];
  /** The item versions the task covers. */
  items: Array<DepartmentReviewItem>;
  /** The standing licence of the task's first item, once the chief representative signed; department staff and the service center only (the applicant receives licences from the case, together, when it completes). */
  licence?: Maybe<DepartmentLicence>;
  /** Every licence sealed for this task, one per item at each sign-off, standing ones first (void ones kept for the record); department staff and the service center only. */
  licences: Array<DepartmentLicence>;
  /** Codes of the material types the task needs. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** The material types the task needs (`materialTypeCodes`), in the same order. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  materialTypes?: Maybe<Array<MaterialType>>;
  /** The meeting, once recorded. */
  meeting?: Maybe<DepartmentMeeting>;
  /** Whether an item of the task needs a meeting before the sign-off. */
  meetingRequired: Scalars['Boolean']['output'];
  /** When the joint approval opened the task. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Since when the clock is paused for a supplement; null while it runs. */
  pausedSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Working days the clock was paused for supplements so far. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** Why it was rejected; empty unless rejected. */
  rejectionReasons: Array<Scalars['String']['output']>;
  /** When it was last reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the reviewer. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer who last reviewed the task (`reviewedBy`), from the center's registry, for people working in the hub (not applicants); null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: DepartmentReviewStatus;
  /** What the last supplement request asked for; empty if none was made. */
  supplementRequests: Array<DepartmentSupplementRequest>;
  /** Every step of the task, in order. */
  timeline: Array<DepartmentReviewStep>;
};

/** A page of EEB review entries. */
export type EebReviewConnection = {
  __typename?: 'EebReviewConnection';
  /** The EEB review entries on this page with their cursors. */
  edges: Array<EebReviewEdge>;
  /** The EEB review entries on this page, in order. */
  nodes: Array<EebReview>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many EEB review entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One EEB review in a page, with its cursor. */
export type EebReviewEdge = {
  __typename?: 'EebReviewEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The EEB review. */
  node: EebReview;
};

/** Every code an error's `extensions.code` may carry; a client switches on it, never on the message. */
export type ErrorCode =
  /** The account already acts for, or has registered, an applicant. */
  | 'ALREADY_REGISTERED'
  /** The material version was already reviewed, once for all. */
  | 'ALREADY_REVIEWED'
  /** The archive is malformed, encrypted, ZIP64, uses another method than stored or deflate, or names a path outside itself. */
  | 'ARCHIVE_INVALID'
  /** The archive (an OFD is a zip) expands past the size the hub accepts. */
  | 'ARCHIVE_TOO_LARGE'
  /** The authorization is already revoked. */
  | 'AUTHORIZATION_ALREADY_REVOKED'
  /** An argument is malformed or out of range; `details` names it when it can. */
  | 'BAD_USER_INPUT'
  /** Items of the bundle wait for each other. */
  | 'BUNDLE_PREREQUISITE_CYCLE'
  /** A bundle joins items of at least two departments. */
  | 'BUNDLE_SINGLE_DEPARTMENT'
  /** The case is closed; it takes no more changes. */
  | 'CASE_CLOSED'
  /** Only a case the departments decided (completed or rejected) can be rated. */
  | 'CASE_NOT_DECIDED'
  /** Name the case the material is read for. */
  | 'CASE_REQUIRED'
  /** The department already has a chief representative for that period. */
  | 'CHIEF_REPRESENTATIVE_ALREADY_ACTIVE'
  /** The request clashes with the current state, often a concurrent change; reread and retry. */
  | 'CONFLICT'
  /** The file’s bytes do not match its declared content type. */
  | 'CONTENT_TYPE_MISMATCH'
  /** Files of this content type are not accepted. */
  | 'CONTENT_TYPE_NOT_ALLOWED'
  /** A core material cannot be accepted as missing under commitment. */
  | 'CORE_MATERIAL_CANNOT_BE_MISSING'
  /** Inside a joint approval no department’s item may wait for another department’s decision. */
  | 'CROSS_DEPARTMENT_PREREQUISITE'
  /** A statement, a lock wait or the wait for a database connection ran out of time; nothing was changed, retry. */
  | 'DATABASE_TIMEOUT'
  /** The database is not reachable right now; nothing was changed, retry. */
  | 'DATABASE_UNAVAILABLE'
  /** A department with this code already exists. */
  | 'DEPARTMENT_CODE_TAKEN'
  /** A subgraph could not be reached or failed; what the other subgraphs hold is still answered, the failed part null. */
  | 'DOWNSTREAM_SERVICE_ERROR'
  /** Only a fee auditor may do this. */
  | 'FEE_AUDITOR_ONLY'
  /** The fee entry is still charged by an item. */
  | 'FEE_ENTRY_IN_USE'
  /** The fee entry is not awaiting a decision. */
  | 'FEE_ENTRY_NOT_PROPOSED'
  /** A fee named is not an approved entry of the fee catalog. */
  | 'FEE_NOT_IN_CATALOG'
  /** A sign-off charged a fee outside the case’s fee assessment (the approved fee catalog entries its items were published with); refused, and recorded by supervision as a violation. */
  | 'FEE_OUTSIDE_CATALOG'
  /** The file carries HTML or script markup besides its declared type (a polyglot), or a PDF action that runs code. */
  | 'FILE_ACTIVE_CONTENT'
  /** The uploaded file is empty. */
  | 'FILE_EMPTY'
  /** The uploaded file is larger than allowed. */
  | 'FILE_TOO_LARGE'
  /** The follow-up is already closed. */
  | 'FOLLOW_UP_CLOSED'
  /** The caller is signed in but its roles or scope do not allow this. */
  | 'FORBIDDEN'
  /** A subgraph did not answer within the gateway’s time limit (HTTP 504); retry later. */
  | 'GATEWAY_TIMEOUT'
  /** The document is not valid GraphQL syntax. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not match the schema. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The idempotency key was already used for a different application. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An argument is longer, or a list has more items, than the hub takes; `details` names it and the limit. */
  | 'INPUT_TOO_LARGE'
  /** Something failed inside the hub; the request changed nothing it did not acknowledge. */
  | 'INTERNAL_SERVER_ERROR'
  /** Not a valid unified social credit code. */
  | 'INVALID_CREDIT_CODE'
  /** Not a valid resident ID number. */
  | 'INVALID_ID_NUMBER'
  /** Another version of the item is being changed or reviewed. */
  | 'ITEM_CHANGE_PENDING'
  /** An item with this code already exists. */
  | 'ITEM_CODE_TAKEN'
  /** The item version is not approved, so it cannot be published. */
  | 'ITEM_NOT_APPROVED'
  /** The item version is not proposed for legal review. */
  | 'ITEM_NOT_IN_REVIEW'
  /** Only published items may be used here. */
  | 'ITEM_NOT_PUBLISHED'
  /** An item’s steps start with one ACCEPT, end with one SIGN, and each has a name. */
  | 'ITEM_STEPS_INVALID'
  /** The item has more steps than the reform allows. */
  | 'ITEM_TOO_MANY_STEPS'
  /** Only the legal office may do this. */
  | 'LEGAL_OFFICE_ONLY'
  /** An electronic licence is issued by a sign-off, never uploaded. */
  | 'LICENCE_NOT_UPLOADABLE'
  /** The material was already reviewed and verified by its lead department, once for all. */
  | 'MATERIAL_ALREADY_VERIFIED'
  /** A newer version replaced this material. */
  | 'MATERIAL_SUPERSEDED'
  /** A material type with this code already exists. */
  | 'MATERIAL_TYPE_CODE_TAKEN'
  /** No item of the task needs a meeting. */
  | 'MEETING_NOT_REQUIRED'
  /** An item of the task needs its meeting recorded before the sign-off. */
  | 'MEETING_REQUIRED'
  /** The caller is not the department’s authorized chief representative at this time. */
  | 'NOT_AUTHORIZED_REPRESENTATIVE'
  /** The caller acts for no department. */
  | 'NOT_DEPARTMENT_STAFF'
  /** What the request names does not exist; `details` says what and which key. */
  | 'NOT_FOUND'
  /** Staff may act only on their own department’s tasks. */
  | 'NOT_OWN_DEPARTMENT'
  /** The caller is not in the center’s staff registry. */
  | 'NOT_REGISTERED_STAFF'
  /** Applicants may act only on their own cases. */
  | 'NOT_YOUR_CASE'
  /** The account acts for no registered applicant. */
  | 'NO_APPLICANT_RECORD'
  /** No commitment holds the case back. */
  | 'NO_OPEN_COMMITMENT'
  /** The department has no open task on the case that needs this material. */
  | 'NO_OPEN_TASK'
  /** The material is an electronic licence: no file is stored. */
  | 'NO_STORED_CONTENT'
  /** The request body is larger than the gateway reads (HTTP 413). */
  | 'PAYLOAD_TOO_LARGE'
  /** The work permit is already revoked. */
  | 'PERMIT_ALREADY_REVOKED'
  /** The caller’s work permit is missing, expired or revoked for this act. */
  | 'PERMIT_INVALID'
  /** No registered operation has the id sent. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The gateway accepts only registered operations, sent by their id. */
  | 'PERSISTED_QUERY_ONLY'
  /** The promised time limit exceeds the statutory one. */
  | 'PROMISED_EXCEEDS_STATUTORY'
  /** The query asks for too much at once (list sizes times depth); ask for smaller pages. */
  | 'QUERY_TOO_COSTLY'
  /** The query nests fields deeper than the gateway allows. */
  | 'QUERY_TOO_DEEP'
  /** The query is longer or selects more fields than the gateway allows. */
  | 'QUERY_TOO_LARGE'
  /** The client asked for a field more often this minute than allowed; retry later. */
  | 'RATE_LIMITED'
  /** A rejection or a return to review needs at least one reason, none blank. */
  | 'REASONS_REQUIRED'
  /** Returning an item needs a reason. */
  | 'RETURN_REASONS_REQUIRED'
  /** The file is the very version its lead department rejected. */
  | 'SAME_AS_REJECTED'
  /** The department already has an active approval seal. */
  | 'SEAL_ALREADY_ACTIVE'
  /** The seal is already revoked. */
  | 'SEAL_ALREADY_REVOKED'
  /** The public key is not an Ed25519, EC or RSA public key. */
  | 'SEAL_KEY_INVALID'
  /** The department has no live approval seal (none yet, or the center revoked it); its chief representative renews it. */
  | 'SEAL_NOT_READY'
  /** A private key was sent; register only the public key. */
  | 'SEAL_PRIVATE_KEY_REFUSED'
  /** The department already has as many approval sections as allowed. */
  | 'SECTION_LIMIT_REACHED'
  /** The section belongs to another department. */
  | 'SECTION_NOT_IN_DEPARTMENT'
  /** The server is stopping and took no new request; retry, another replica or the restarted one answers. */
  | 'SHUTTING_DOWN'
  /** No item of the task was published with this step. */
  | 'STEP_NOT_PUBLISHED'
  /** The task is not in a status that allows this step. */
  | 'STEP_OUT_OF_ORDER'
  /** The item or bundle applied for is not published. */
  | 'SUBJECT_NOT_PUBLISHED'
  /** A supplement may ask only for materials the task’s items need. */
  | 'SUPPLEMENT_NOT_NEEDED'
  /** No supplement is awaited on the task. */
  | 'SUPPLEMENT_NOT_REQUESTED'
  /** No new version of a requested material arrived since the request. */
  | 'SUPPLEMENT_NOT_UPLOADED'
  /** The query repeats fields under more aliases than the gateway allows. */
  | 'TOO_MANY_ALIASES'
  /** Too many requests with an invalid token came from this address; retry in a minute. */
  | 'TOO_MANY_INVALID_TOKENS'
  /** No valid token: sign in (again) and retry. */
  | 'UNAUTHENTICATED'
  /** A material type named does not exist. */
  | 'UNKNOWN_MATERIAL_TYPE'
  /** A window’s departments and shares do not fit its kind. */
  | 'WINDOW_ASSIGNMENT_INVALID';

/** One code an error may carry, and what it means. */
export type ErrorCodeEntry = {
  __typename?: 'ErrorCodeEntry';
  /** The code, as in `extensions.code`. */
  code: ErrorCode;
  /** What the code means and what the caller can do about it. */
  meaning: Scalars['String']['output'];
};

/** The yearly evaluation of a member of staff by the center. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** What the evaluator noted. */
  comment: Scalars['String']['output'];
  /** The grade. */
  grade: EvaluationGrade;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The year evaluated. */
  year: Scalars['Int']['output'];
};

/** The grade of a yearly evaluation of window staff. */
export type EvaluationGrade =
  /** Basically competent. */
  | 'BASICALLY_COMPETENT'
  /** Competent. */
  | 'COMPETENT'
  /** Excellent. */
  | 'EXCELLENT'
  /** Not competent: the department replaces the person. */
  | 'INCOMPETENT';

/** A case's fee assessment, made at acceptance from the published fee catalog: every approved fee catalog entry the case's item versions were published with. An empty `fees` means the case is charged nothing. A department charges only these, with its sign-off; any other fee is refused (`FEE_OUTSIDE_CATALOG`) and recorded by supervision as a violation. */
export type FeeAssessment = {
  __typename?: 'FeeAssessment';
  /** When the case was assessed: its acceptance. */
  assessedAt: Scalars['DateTimeISO']['output'];
  /** The fees the case may be charged, by item; empty when it is charged nothing. */
  fees: Array<AssessedFee>;
};

/** An entry of the fee catalog: the only fees an item may charge, each approved by a fee auditor. */
export type FeeEntry = {
  __typename?: 'FeeEntry';
  /** When a fee auditor approved it. */
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Code of the entry, e.g. `FEE-REAL-ESTATE-REG`. */
  code: Scalars['ID']['output'];
  /** When it was entered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The law or price document that allows the fee. */
  legalBasis: Scalars['String']['output'];
  /** What the fee is for. */
  name: Scalars['String']['output'];
  /** How much is charged, as the approval document states it. */
  standard: Scalars['String']['output'];
  /** Where the entry stands. */
  status: FeeEntryStatus;
  /** When it was withdrawn from the catalog. */
  withdrawnAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A page of fee catalog entry entries. */
export type FeeEntryConnection = {
  __typename?: 'FeeEntryConnection';
  /** The fee catalog entry entries on this page with their cursors. */
  edges: Array<FeeEntryEdge>;
  /** The fee catalog entry entries on this page, in order. */
  nodes: Array<FeeEntry>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many fee catalog entry entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One fee catalog entry in a page, with its cursor. */
export type FeeEntryEdge = {
  __typename?: 'FeeEntryEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The fee catalog entry. */
  node: FeeEntry;
};

/** Where an entry of the fee catalog stands. */
export type FeeEntryStatus =
  /** Approved by a fee auditor; items may charge it. */
  | 'APPROVED'
  /** Entered, waiting for a fee auditor; items may not charge it yet. */
  | 'PROPOSED'
  /** Withdrawn from the catalog; no item may charge it. */
  | 'WITHDRAWN';

/** What a bad rating opens for each department on the case; the department closes it with its response. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** The case itself (`caseId`), from the approvals subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** The case rated. */
  caseId: Scalars['ID']['output'];
  /** When it was closed; null while open. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The applicant's comment. */
  comment: Scalars['String']['output'];
  /** The department (`departmentCode`), from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  department?: Maybe<Department>;
  /** The department that must respond. */
  departmentCode: Scalars['String']['output'];
  /** Opaque id of the follow-up. */
  id: Scalars['ID']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** Who responded. */
  respondedBy?: Maybe<Scalars['String']['output']>;
  /** Who responded (`respondedBy`), from the center's registry of staff; null while open. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  respondedByStaff?: Maybe<StaffMember>;
  /** The department's response. */
  response?: Maybe<Scalars['String']['output']>;
  /** The score that opened it. */
  score: Scalars['Int']['output'];
};

/** A page of follow-up entries. */
export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  /** The follow-up entries on this page with their cursors. */
  edges: Array<FollowUpEdge>;
  /** The follow-up entries on this page, in order. */
  nodes: Array<FollowUp>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many follow-up entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One follow-up in a page, with its cursor. */
export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The follow-up. */
  node: FollowUp;
};

/** A material of a service guide, once however many items need it. */
export type GuideMaterial = {
  __typename?: 'GuideMaterial';
  /** Whether any item needs it as a core material. */
  core: Scalars['Boolean']['output'];
  /** Codes of the items that need it. */
  itemCodes: Array<Scalars['String']['output']>;
  /** The kind of material. */
  materialType?: Maybe<MaterialType>;
  /** Whether every item needing it accepts it missing at acceptance, under commitment. */
  mayBeMissingAtAcceptance: Scalars['Boolean']['output'];
};

/** The construction scale a Housing and Construction task permits. */
export type HcbConstructionScale = {
  __typename?: 'HcbConstructionScale';
  /** Total floor area in square metres, as decimal text, e.g. `43200.00`. */
  floorArea: Scalars['String']['output'];
  /** When it was last recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the reviewer who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Storeys above ground, from 1. */
  storeys: Scalars['Int']['output'];
  /** The load-bearing structure. */
  structureType: HcbStructureType;
  /** Id of the task the scale belongs to. */
  taskId: Scalars['ID']['output'];
};

/** The construction scale an HCB reviewer records on a task. */
export type HcbConstructionScaleInput = {
  /** Total floor area in square metres, as decimal text, e.g. `43200.00`. */
  floorArea: Scalars['String']['input'];
  /** Storeys above ground, from 1 to 200. */
  storeys: Scalars['Int']['input'];
  /** The load-bearing structure. */
  structureType: HcbStructureType;
};

/** The Bureau of Housing and Urban-Rural Construction's part of a case: its steps, who took them and when, its decision and licence. */
export type HcbReview = DepartmentReview & {
  __typename?: 'HcbReview';
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the person who accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The member of staff who accepted the task (`acceptedBy`), from the center's registry, for people working in the hub (not applicants); null until accepted. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  acceptedByStaff?: Maybe<StaffMember>;
  /** The applicant of the case (`applicantId`), with the materials subgraph's access rules (the applicant itself and registered staff). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** Id of the applicant. */
  applicantId: Scalars['ID']['output'];
  /** Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case the task belongs to (`caseId`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** Case number, e.g. `OS-2026-000123`. */
  caseReference: Scalars['String']['output'];
  /** The construction scale, once a reviewer recorded it. */
  constructionScale?: Maybe<HcbConstructionScale>;
  /** Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** When it was signed or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of who decided: the chief representative who signed, or the reviewer who rejected. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who decided the task (`decidedBy`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged. */
  feesCharged: Array<DepartmentChargedFee>;
  /** Id of the task: the same as the joint approval's task. */
  id: Scalars['ID']['output'];
  /** The item versions the task covers. */
  items: Array<DepartmentReviewItem>;
  /** The standing licence of the task's first item, once the chief representative signed; department staff and the service center only (the applicant receives licences from the case, together, when it completes). */
  licence?: Maybe<DepartmentLicence>;
  /** Every licence sealed for this task, one per item at each sign-off, standing ones first (void ones kept for the record); department staff and the service center only. */
  licences: Array<DepartmentLicence>;
  /** Codes of the material types the task needs. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** The material types the task needs (`materialTypeCodes`), in the same order. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  materialTypes?: Maybe<Array<MaterialType>>;
  /** The meeting, once recorded. */
  meeting?: Maybe<DepartmentMeeting>;
  /** Whether an item of the task needs a meeting before the sign-off. */
  meetingRequired: Scalars['Boolean']['output'];
  /** When the joint approval opened the task. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Since when the clock is paused for a supplement; null while it runs. */
  pausedSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Working days the clock was paused for supplements so far. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** Why it was rejected; empty unless rejected. */
  rejectionReasons: Array<Scalars['String']['output']>;
  /** When it was last reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the reviewer. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer who last reviewed the task (`reviewedBy`), from the center's registry, for people working in the hub (not applicants); null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: DepartmentReviewStatus;
  /** What the last supplement request asked for; empty if none was made. */
  supplementRequests: Array<DepartmentSupplementRequest>;
  /** Every step of the task, in order. */
  timeline: Array<DepartmentReviewStep>;
};

/** A page of HCB review entries. */
export type HcbReviewConnection = {
  __typename?: 'HcbReviewConnection';
  /** The HCB review entries on this page with their cursors. */
  edges: Array<HcbReviewEdge>;
  /** The HCB review entries on this page, in order. */
  nodes: Array<HcbReview>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many HCB review entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One HCB review in a page, with its cursor. */
export type HcbReviewEdge = {
  __typename?: 'HcbReviewEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The HCB review. */
  node: HcbReview;
};

/** The load-bearing structure of a building. */
export type HcbStructureType =
  /** Brick and concrete (砖混结构). */
  | 'BRICK_CONCRETE'
  /** Reinforced concrete frame (框架结构). */
  | 'FRAME'
  /** Frame with a core tube (框架-核心筒结构). */
  | 'FRAME_CORE_TUBE'
  /** Frame with shear walls (框架-剪力墙结构). */
  | 'FRAME_SHEAR_WALL'
  /** Shear wall (剪力墙结构). */
  | 'SHEAR_WALL'
  /** Steel structure (钢结构). */
  | 'STEEL';

/** A work permit to issue. */
export type IssueWorkPermitInput = {
  /** Last day of validity (ISO date). */
  expiresOn: Scalars['Date']['input'];
  /** First day of validity (ISO date). */
  issuedOn: Scalars['Date']['input'];
  /** Number printed on the permit. */
  number: Scalars['String']['input'];
  /** Registered member of staff. */
  subject: Scalars['String']['input'];
};

/** One version of an item of the power list: an administrative power a department exercises at the service center. */
export type Item = {
  __typename?: 'Item';
  /** Code of the item, the same in every version, e.g. `DRC-001`. */
  code: Scalars['ID']['output'];
  /** When this version was proposed. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The department that exercises the item. */
  department: Department;
  /** The fee catalog entries the item charges. */
  fees: Array<FeeEntry>;
  /** Opaque id of this version. */
  id: Scalars['ID']['output'];
  /** Whether the item is a joint item, which may have more than 3 steps. */
  joint: Scalars['Boolean']['output'];
  /** What kind of power the item exercises. */
  kind: ItemKind;
  /** The laws and regulations the item rests on. */
  legalBasis: Scalars['String']['output'];
  /** The materials the applicant hands in. */
  materials: Array<RequiredMaterial>;
  /** Whether a meeting decides before the chief representative signs. */
  meetingBeforeSign: Scalars['Boolean']['output'];
  /** Name of the item. */
  name: Scalars['String']['output'];
  /** Time limit the center promises, in working days; never above the statutory one. */
  promisedLimitDays: Scalars['Int']['output'];
  /** When the center published it. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the legal office returned this version; empty unless returned. */
  returnReasons: Array<Scalars['String']['output']>;
  /** When the legal office decided on it. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The approval section that handles the item. */
  section: Section;
  /** Where this version stands. */
  status: ItemStatus;
  /** Time limit the law sets, in working days. */
  statutoryLimitDays: Scalars['Int']['output'];
  /** The approval steps, in order. */
  steps: Array<ItemStep>;
  /** Version number, from 1. */
  version: Scalars['Int']['output'];
};

/** A page of item entries. */
export type ItemConnection = {
  __typename?: 'ItemConnection';
  /** The item entries on this page with their cursors. */
  edges: Array<ItemEdge>;
  /** The item entries on this page, in order. */
  nodes: Array<Item>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many item entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item in a page, with its cursor. */
export type ItemEdge = {
  __typename?: 'ItemEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Item;
};

/** The full content of an item version: a proposal, or an amendment replacing it. */
export type ItemInput = {
  /** Code of the item. */
  code: Scalars['String']['input'];
  /** Codes of approved fee catalog entries. */
  feeCodes?: Array<Scalars['String']['input']>;
  /** Whether it is a joint item (may exceed 3 steps). */
  joint?: Scalars['Boolean']['input'];
  /** What kind of power the item exercises. */
  kind: ItemKind;
  /** The laws and regulations the item rests on. */
  legalBasis: Scalars['String']['input'];
  /** The materials required. */
  materials: Array<RequiredMaterialInput>;
  /** Whether a meeting decides before sign-off. */
  meetingBeforeSign?: Scalars['Boolean']['input'];
  /** Name of the item. */
  name: Scalars['String']['input'];
  /** Time limit promised, in working days; at most the statutory. */
  promisedLimitDays: Scalars['Int']['input'];
  /** The approval section of the department that handles the item. */
  sectionCode: Scalars['String']['input'];
  /** Time limit the law sets, in working days. */
  statutoryLimitDays: Scalars['Int']['input'];
  /** The approval steps, in order. */
  steps: Array<ItemStepInput>;
};

/** What kind of power an item of the power list exercises. */
export type ItemKind =
  /** An administrative licence: permission to do something. */
  | 'LICENCE'
  /** Any other administrative power. */
  | 'OTHER'
  /** An administrative penalty. */
  | 'PENALTY'
  /** A public service: a registration, filing or certificate. */
  | 'SERVICE';

/** Where one version of an item stands in the power list. */
export type ItemStatus =
  /** Approved by the legal office; the center may publish it. */
  | 'APPROVED'
  /** Proposed or amended by its department; the legal office reviews it. */
  | 'PROPOSED'
  /** The version in force: applicants apply for it. */
  | 'PUBLISHED'
  /** Returned by the legal office with reasons; the department may amend. */
  | 'RETURNED'
  /** Was in force; a later version replaced it. */
  | 'SUPERSEDED';

/** One approval step of an item, in order. */
export type ItemStep = {
  __typename?: 'ItemStep';
  /** What the step does. */
  kind: StepKind;
  /** Name of the step as the service guide shows it. */
  name: Scalars['String']['output'];
};

/** One approval step of an item, in order. */
export type ItemStepInput = {
  /** What the step does. */
  kind: StepKind;
  /** Name of the step as the service guide shows it. */
  name: Scalars['String']['input'];
};

/** How many cases in progress are at one warning level. */
export type LevelCount = {
  __typename?: 'LevelCount';
  /** How many cases in progress are at it. */
  count: Scalars['Int']['output'];
  /** The level. */
  level: WarningLevel;
};

/** A licence a department signed with its approval seal: delivered with every other licence of the case when the case completes. */
export type Licence = {
  __typename?: 'Licence';
  /** The signed content, as canonical JSON (keys sorted, no whitespace). */
  content: Scalars['String']['output'];
  /** SHA-256 of the signed content, lower-case hex. */
  contentSha256: Scalars['String']['output'];
  /** When it was delivered to the applicant: with every other licence, at completion. */
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The department that signed it. */
  department?: Maybe<Department>;
  /** Opaque id of the licence. */
  id: Scalars['ID']['output'];
  /** When the chief representative signed it. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The item version the licence was issued for (`itemCode`, `itemVersion`), from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  item?: Maybe<Item>;
  /** Code of the item the licence was issued under. */
  itemCode: Scalars['ID']['output'];
  /** Version of that item. */
  itemVersion: Scalars['Int']['output'];
  /** The material type the licence becomes for later applications (`materialTypeCode`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** Material type the licence becomes for later applications, e.g. `CONSTRUCTION_PERMIT`. */
  materialTypeCode: Scalars['ID']['output'];
  /** Id of the seal key that signed it. */
  sealKeyId: Scalars['String']['output'];
  /** Serial number printed on the licence; unique in the hub. */
  serial: Scalars['String']['output'];
  /** Ed25519 signature of the approval seal over the content, base64. */
  signature: Scalars['String']['output'];
  /** Whether the seal signature verifies over the content with the signing department's public seal key, and that seal had not been revoked by the center when the licence was issued. */
  signatureValid: Scalars['Boolean']['output'];
  /** End of validity; null when it never expires. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Where an electronic licence held as a material came from. */
export type LicenceProvenance = {
  __typename?: 'LicenceProvenance';
  /** The case the licence was issued on (`caseId`), from the approvals subgraph, with its rules (the applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case that issued the licence. */
  caseId: Scalars['ID']['output'];
  /** When the licence was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The department that issued the licence. */
  issuingDepartment?: Maybe<Department>;
  /** Id of the licence in the approvals subgraph. */
  licenceId: Scalars['ID']['output'];
  /** Serial number printed on the licence. */
  serial: Scalars['String']['output'];
};

/** What anyone holding a licence may check against the hub: who holds it, what it licenses, who issued it, when, and whether it is genuine and in force. Nothing else: no case, task or applicant ids, no signer, no project figures. */
export type LicenceVerification = {
  __typename?: 'LicenceVerification';
  /** The department that issued and sealed it. */
  department?: Maybe<Department>;
  /** The issuing department's name as printed on the licence. */
  departmentName?: Maybe<Scalars['String']['output']>;
  /** Whether its validity has ended. */
  expired: Scalars['Boolean']['output'];
  /** The holder's name as printed on the licence; null on licences that print none. */
  holderName?: Maybe<Scalars['String']['output']>;
  /** When the chief representative signed it. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The items it licenses. */
  items: Array<LicensedItem>;
  /** Serial printed on the licence. */
  serial: Scalars['String']['output'];
  /** Whether the approval seal's signature verifies over the licence as issued, with the issuing department's registered key, not revoked when it was issued. */
  signatureValid: Scalars['Boolean']['output'];
  /** Title of the licence, e.g. its kind. */
  title?: Maybe<Scalars['String']['output']>;
  /** Whether the licence is genuine and in force: signature valid, not expired. */
  valid: Scalars['Boolean']['output'];
  /** End of validity; null when it never expires. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** An item a licence was issued under, as printed on it. */
export type LicensedItem = {
  __typename?: 'LicensedItem';
  /** Code of the item, e.g. `DRC-001`. */
  code: Scalars['ID']['output'];
  /** Name of the item. */
  name?: Maybe<Scalars['String']['output']>;
  /** Version of the item. */
  version: Scalars['Int']['output'];
};

/** One version of an applicant's file for a material type; a newer version supersedes it. */
export type Material = {
  __typename?: 'Material';
  /** The applicant the material belongs to. */
  applicant: Applicant;
  /** Size of the file in bytes; null for licences. */
  byteSize?: Maybe<Scalars['Int']['output']>;
  /** Content type of the file, e.g. `application/pdf`; null for licences. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** Whether this is the current version (not superseded). */
  current: Scalars['Boolean']['output'];
  /** Whether the validity of this version has run out. */
  expired: Scalars['Boolean']['output'];
  /** File name as uploaded; null for licences. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** Opaque id of this material version. */
  id: Scalars['ID']['output'];
  /** For an electronic licence: which case and department issued it. */
  licence?: Maybe<LicenceProvenance>;
  /** The kind of material. */
  materialType: MaterialType;
  /** The one-time review; null while pending and for electronic licences. */
  review?: Maybe<MaterialReview>;
  /** SHA-256 of the content, lower-case hex. */
  sha256: Scalars['String']['output'];
  /** Uploaded, or an electronic licence. */
  source: MaterialSource;
  /** Outcome of the one-time review. */
  status: MaterialStatus;
  /** When this version was uploaded or issued. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** When a newer version replaced this one; null for the current version. */
  supersededAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** End of validity once verified; null while unreviewed or for types that never expire. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Version number within the applicant's material type, from 1. */
  version: Scalars['Int']['output'];
};

/** A page of material version entries. */
export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  /** The material version entries on this page with their cursors. */
  edges: Array<MaterialEdge>;
  /** The material version entries on this page, in order. */
  nodes: Array<Material>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many material version entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A material version's content, as read by its applicant or a department. */
export type MaterialContent = {
  __typename?: 'MaterialContent';
  /** The bytes of the file, base64-encoded. */
  base64: Scalars['String']['output'];
  /** The material version read. */
  material: Material;
};

/** One material version in a page, with its cursor. */
export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The material version. */
  node: Material;
};

/** One material an application requires. */
export type MaterialRequirementInput = {
  /** Whether it is a core material (never accepted missing). */
  core?: Scalars['Boolean']['input'];
  /** Code of the required material type. */
  materialTypeCode: Scalars['ID']['input'];
  /** Whether a non-core material may be missing at acceptance if the applicant commits to hand it over later. */
  mayBeMissingUnderCommitment?: Scalars['Boolean']['input'];
};

/** The one-time prerequisite review of a material version by its lead department. */
export type MaterialReview = {
  __typename?: 'MaterialReview';
  /** Verified or rejected. */
  decision: ReviewDecision;
  /** The lead department that reviewed. */
  department?: Maybe<Department>;
  /** Opaque id of the review. */
  id: Scalars['ID']['output'];
  /** Every problem found, in one notice; empty when verified. */
  problems: Array<Scalars['String']['output']>;
  /** When the review was given. */
  reviewedAt: Scalars['DateTimeISO']['output'];
  /** Name of the reviewer. */
  reviewerName?: Maybe<Scalars['String']['output']>;
  /** The reviewer (`reviewerSubject`), from the center's registry, for people working in the hub (not applicants). Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  reviewerStaff?: Maybe<StaffMember>;
  /** Stable id of the reviewer. */
  reviewerSubject: Scalars['String']['output'];
};

/** How a material version came into the hub. */
export type MaterialSource =
  /** A licence a department issued through the hub, verified at issue. */
  | 'ELECTRONIC_LICENCE'
  /** Uploaded by the applicant or at the window. */
  | 'UPLOAD';

/** Outcome of the one-time prerequisite review of a material version. */
export type MaterialStatus =
  /** Waiting for a reviewer of the lead department. */
  | 'PENDING'
  /** Rejected; the review lists every problem in one notice. */
  | 'REJECTED'
  /** Verified once; every department reuses it while it is valid. */
  | 'VERIFIED';

/** A kind of prerequisite material, entered once and reused by every department that needs it. */
export type MaterialType = {
  __typename?: 'MaterialType';
  /** Stable code of the material type, e.g. `BUSINESS_LICENCE`. */
  code: Scalars['ID']['output'];
  /** The one department whose reviewers verify or reject this type, once for all. */
  leadDepartment?: Maybe<Department>;
  /** True for the type an electronic licence becomes: only the hub issues it, nobody uploads it. */
  licence: Scalars['Boolean']['output'];
  /** Name of the material type as applicants see it. */
  name: Scalars['String']['output'];
  /** How many months a verified version stays valid after its review; null when it never expires. */
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** A page of material type entries. */
export type MaterialTypeConnection = {
  __typename?: 'MaterialTypeConnection';
  /** The material type entries on this page with their cursors. */
  edges: Array<MaterialTypeEdge>;
  /** The material type entries on this page, in order. */
  nodes: Array<MaterialType>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many material type entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One material type in a page, with its cursor. */
export type MaterialTypeEdge = {
  __typename?: 'MaterialTypeEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The material type. */
  node: MaterialType;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Amends an item: a new version with the full new content, for the legal office to review. */
  amendItem?: Maybe<Item>;
  /** A window clerk or reviewer of the AMR accepts an open task. */
  amrAcceptTask?: Maybe<AmrReview>;
  /** A reviewer of the AMR records the meeting an item needs before the sign-off. */
  amrRecordMeeting?: Maybe<AmrReview>;
  /** An AMR reviewer records the registration of an undecided task. */
  amrRecordRegistration?: Maybe<AmrRegistration>;
  /** A reviewer of the AMR, or its chief representative authorized for the task's items, rejects a task; reasons are required. */
  amrRejectTask?: Maybe<AmrReview>;
  /** The AMR's chief representative renews its approval seal: the current key (if any, or revoked by the center) stops sealing and a new one is generated and registered with the center. Licences sealed with older keys keep verifying. */
  amrRenewSeal?: Maybe<DepartmentSealKey>;
  /** A reviewer of the AMR asks the applicant for a supplement; the task's clock pauses. */
  amrRequestSupplement?: Maybe<AmrReview>;
  /** The AMR's authorized chief representative sends a task ready to sign back to review; reasons are required. */
  amrReturnTask?: Maybe<AmrReview>;
  /** A reviewer of the AMR gives an opinion on an accepted task. */
  amrReviewTask?: Maybe<AmrReview>;
  /** The AMR's authorized chief representative signs a reviewed task, sealing its licence, and states the fees charged with it: only fees of the case's fee assessment for the task's items; any other is refused (FEE_OUTSIDE_CATALOG) and recorded by supervision as a violation. */
  amrSignTask?: Maybe<AmrReview>;
  /** A window clerk, registered and holding a valid work permit, accepts an application at a window on the applicant's behalf. The same clerk sending the same idempotency key gets the same case. */
  applyAtWindow?: Maybe<Case>;
  /** The applicant applies online for a published bundle or item. The case starts SUBMITTED while materials runs the one-time prerequisite check; the same idempotency key returns the same case. */
  applyOnline?: Maybe<Case>;
  /** Approves a proposed fee entry; only a fee auditor may (FEE_AUDITOR_ONLY). */
  approveFeeEntry?: Maybe<FeeEntry>;
  /** The legal office approves a proposed version (LEGAL_OFFICE_ONLY otherwise). */
  approveItem?: Maybe<Item>;
  /** Records the authorization of a chief representative; a department has at most one in force at any time. */
  authorizeChiefRepresentative?: Maybe<ChiefRepresentative>;
  /** Closes your department's follow-up with its response to the applicant. */
  closeFollowUp?: Maybe<FollowUp>;
  /** A department joins the hub (center admin only); then the center sets up its sections and windows. A code taken is refused with DEPARTMENT_CODE_TAKEN, a name taken with CONFLICT. */
  createDepartment?: Maybe<Department>;
  /** Adds a kind of prerequisite material with its lead department (center admin only); items may then require it. A code taken is refused with MATERIAL_TYPE_CODE_TAKEN, a department the center never created with NOT_FOUND. */
  createMaterialType?: Maybe<MaterialType>;
  /** Sets up an approval section; a department has at most 3 (SECTION_LIMIT_REACHED). */
  createSection?: Maybe<Section>;
  /** Sets up a window: assigned to one department, or comprehensive and shared on set days. */
  createWindow?: Maybe<Window>;
  /** A window clerk or reviewer of the DRC accepts an open task. */
  drcAcceptTask?: Maybe<DrcReview>;
  /** A reviewer of the DRC records the meeting an item needs before the sign-off. */
  drcRecordMeeting?: Maybe<DrcReview>;
  /** A DRC reviewer records the investment project of an undecided task. */
  drcRecordProject?: Maybe<DrcProject>;
  /** A reviewer of the DRC, or its chief representative authorized for the task's items, rejects a task; reasons are required. */
  drcRejectTask?: Maybe<DrcReview>;
  /** The DRC's chief representative renews its approval seal: the current key (if any, or revoked by the center) stops sealing and a new one is generated and registered with the center. Licences sealed with older keys keep verifying. */
  drcRenewSeal?: Maybe<DepartmentSealKey>;
  /** A reviewer of the DRC asks the applicant for a supplement; the task's clock pauses. */
  drcRequestSupplement?: Maybe<DrcReview>;
  /** The DRC's authorized chief representative sends a task ready to sign back to review; reasons are required. */
  drcReturnTask?: Maybe<DrcReview>;
  /** A reviewer of the DRC gives an opinion on an accepted task. */
  drcReviewTask?: Maybe<DrcReview>;
  /** The DRC's authorized chief representative signs a reviewed task, sealing its licence, and states the fees charged with it: only fees of the case's fee assessment for the task's items; any other is refused (FEE_OUTSIDE_CATALOG) and recorded by supervision as a violation. */
  drcSignTask?: Maybe<DrcReview>;
  /** A window clerk or reviewer of the EEB accepts an open task. */
  eebAcceptTask?: Maybe<EebReview>;
  /** An EEB reviewer records the impact assessment of an undecided task. */
  eebRecordAssessment?: Maybe<EebAssessment>;
  /** A reviewer of the EEB records the meeting an item needs before the sign-off. */
  eebRecordMeeting?: Maybe<EebReview>;
  /** A reviewer of the EEB, or its chief representative authorized for the task's items, rejects a task; reasons are required. */
  eebRejectTask?: Maybe<EebReview>;
  /** The EEB's chief representative renews its approval seal: the current key (if any, or revoked by the center) stops sealing and a new one is generated and registered with the center. Licences sealed with older keys keep verifying. */
  eebRenewSeal?: Maybe<DepartmentSealKey>;
  /** A reviewer of the EEB asks the applicant for a supplement; the task's clock pauses. */
  eebRequestSupplement?: Maybe<EebReview>;
  /** The EEB's authorized chief representative sends a task ready to sign back to review; reasons are required. */
  eebReturnTask?: Maybe<EebReview>;
  /** A reviewer of the EEB gives an opinion on an accepted task. */
  eebReviewTask?: Maybe<EebReview>;
  /** The EEB's authorized chief representative signs a reviewed task, sealing its licence, and states the fees charged with it: only fees of the case's fee assessment for the task's items; any other is refused (FEE_OUTSIDE_CATALOG) and recorded by supervision as a violation. */
  eebSignTask?: Maybe<EebReview>;
  /** A window clerk or reviewer of the HCB accepts an open task. */
  hcbAcceptTask?: Maybe<HcbReview>;
  /** An HCB reviewer records the construction scale of an undecided task. */
  hcbRecordConstructionScale?: Maybe<HcbConstructionScale>;
  /** A reviewer of the HCB records the meeting an item needs before the sign-off. */
  hcbRecordMeeting?: Maybe<HcbReview>;
  /** A reviewer of the HCB, or its chief representative authorized for the task's items, rejects a task; reasons are required. */
  hcbRejectTask?: Maybe<HcbReview>;
  /** The HCB's chief representative renews its approval seal: the current key (if any, or revoked by the center) stops sealing and a new one is generated and registered with the center. Licences sealed with older keys keep verifying. */
  hcbRenewSeal?: Maybe<DepartmentSealKey>;
  /** A reviewer of the HCB asks the applicant for a supplement; the task's clock pauses. */
  hcbRequestSupplement?: Maybe<HcbReview>;
  /** The HCB's authorized chief representative sends a task ready to sign back to review; reasons are required. */
  hcbReturnTask?: Maybe<HcbReview>;
  /** A reviewer of the HCB gives an opinion on an accepted task. */
  hcbReviewTask?: Maybe<HcbReview>;
  /** The HCB's authorized chief representative signs a reviewed task, sealing its licence, and states the fees charged with it: only fees of the case's fee assessment for the task's items; any other is refused (FEE_OUTSIDE_CATALOG) and recorded by supervision as a violation. */
  hcbSignTask?: Maybe<HcbReview>;
  /** Issues a work permit to a registered member of staff. */
  issueWorkPermit?: Maybe<WorkPermit>;
  /** A window clerk or reviewer of the NRP accepts an open task. */
  nrpAcceptTask?: Maybe<NrpReview>;
  /** A reviewer of the NRP records the meeting an item needs before the sign-off. */
  nrpRecordMeeting?: Maybe<NrpReview>;
  /** An NRP reviewer records the planning conditions of an undecided task. */
  nrpRecordPlanning?: Maybe<NrpPlanning>;
  /** A reviewer of the NRP, or its chief representative authorized for the task's items, rejects a task; reasons are required. */
  nrpRejectTask?: Maybe<NrpReview>;
  /** The NRP's chief representative renews its approval seal: the current key (if any, or revoked by the center) stops sealing and a new one is generated and registered with the center. Licences sealed with older keys keep verifying. */
  nrpRenewSeal?: Maybe<DepartmentSealKey>;
  /** A reviewer of the NRP asks the applicant for a supplement; the task's clock pauses. */
  nrpRequestSupplement?: Maybe<NrpReview>;
  /** The NRP's authorized chief representative sends a task ready to sign back to review; reasons are required. */
  nrpReturnTask?: Maybe<NrpReview>;
  /** A reviewer of the NRP gives an opinion on an accepted task. */
  nrpReviewTask?: Maybe<NrpReview>;
  /** The NRP's authorized chief representative signs a reviewed task, sealing its licence, and states the fees charged with it: only fees of the case's fee assessment for the task's items; any other is refused (FEE_OUTSIDE_CATALOG) and recorded by supervision as a violation. */
  nrpSignTask?: Maybe<NrpReview>;
  /** Enters a fee for a fee auditor to approve. */
  proposeFeeEntry?: Maybe<FeeEntry>;
  /** Proposes a new item of the caller's department (version 1); the legal office reviews it. */
  proposeItem?: Maybe<Item>;
  /** Publishes a bundle of published items of several departments, or a new version of it. Items that wait for each other (a cycle) are refused, and so is a prerequisite between items of two departments (CROSS_DEPARTMENT_PREREQUISITE). */
  publishBundle?: Maybe<Bundle>;
  /** The center publishes an approved version: it comes into force and replaces the previous one. */
  publishItem?: Maybe<Item>;
  /** Rates a case of yours the departments decided (completed or rejected), once (ALREADY_RATED is CONFLICT). A score of 2 or less opens a follow-up for each department on the case. */
  rateCase?: Maybe<ServiceRating>;
  /** The center's documented exception: a case accepted under commitment may complete (and deliver its licences) without the committed materials. NO_OPEN_COMMITMENT when nothing holds it back. */
  recordCommitmentException?: Maybe<Case>;
  /** Records the yearly evaluation of a member of staff. */
  recordEvaluation?: Maybe<Evaluation>;
  /** Records a training a member of staff completed. */
  recordTraining?: Maybe<Training>;
  /** Registers an applicant, checking its unified social credit code or resident ID number. A window clerk or the center registers anyone; an applicant account registers its own enterprise or person online, once (ALREADY_REGISTERED otherwise). */
  registerApplicant?: Maybe<Applicant>;
  /** Registers a department's approval seal by its public key; a department has one active seal. */
  registerSeal?: Maybe<Seal>;
  /** Registers a member of department staff to a department and approval section. */
  registerStaff?: Maybe<StaffMember>;
  /** Has a parked event handed to its consumer again, after the cause was fixed. It leaves the list once handled; if it fails again it stays, with the new error. */
  retryParkedEvent?: Maybe<ParkedEvent>;
  /** The legal office returns a proposed version to its department, with reasons. */
  returnItem?: Maybe<Item>;
  /** Verifies or rejects a pending material version, once, as a reviewer of the type's lead department. */
  reviewMaterial?: Maybe<Material>;
  /** Revokes a chief representative authorization. */
  revokeChiefRepresentative?: Maybe<ChiefRepresentative>;
  /** Revokes an approval seal. */
  revokeSeal?: Maybe<Seal>;
  /** Revokes a work permit; its holder may no longer act. */
  revokeWorkPermit?: Maybe<WorkPermit>;
  /** Sets one year's holidays and make-up working days, replacing what was there; every subgraph's clock follows. */
  setCalendarYear?: Maybe<CalendarYear>;
  /** Sets the yellow threshold (0 to 30 working days) and re-reads every running clock. */
  setYellowWarningThreshold?: Maybe<Scalars['Int']['output']>;
  /** The applicant declares the supplement a department asked for supplied (upload the new material versions first); the department then resumes its clock. */
  supplySupplement?: Maybe<Task>;
  /** Uploads a new version of an applicant's material (GraphQL multipart request), pending its one-time review; the previous version is superseded and kept. */
  uploadMaterial?: Maybe<Material>;
  /** The applicant withdraws a case not yet ended (CASE_CLOSED otherwise); every open task is cancelled. */
  withdrawCase?: Maybe<Case>;
  /** Withdraws a fee entry from the catalog; refused while an item still charges it (FEE_ENTRY_IN_USE). */
  withdrawFeeEntry?: Maybe<FeeEntry>;
};


export type MutationAmendItemArgs = {
  input: ItemInput;
};


export type MutationAmrAcceptTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationAmrRecordMeetingArgs = {
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationAmrRecordRegistrationArgs = {
  registration: AmrRegistrationInput;
  taskId: Scalars['ID']['input'];
};


export type MutationAmrRejectTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationAmrRequestSupplementArgs = {
  requests: Array<DepartmentSupplementRequestInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationAmrReturnTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationAmrReviewTaskArgs = {
  opinion: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationAmrSignTaskArgs = {
  fees?: InputMaybe<Array<DepartmentFeeChargeInput>>;
  taskId: Scalars['ID']['input'];
};


export type MutationApplyAtWindowArgs = {
  input: WindowApplicationInput;
};


export type MutationApplyOnlineArgs = {
  input: ApplicationInput;
};


export type MutationApproveFeeEntryArgs = {
  code: Scalars['ID']['input'];
};


export type MutationApproveItemArgs = {
  code: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAuthorizeChiefRepresentativeArgs = {
  input: AuthorizeChiefRepresentativeInput;
};


export type MutationCloseFollowUpArgs = {
  id: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateMaterialTypeArgs = {
  input: CreateMaterialTypeInput;
};


export type MutationCreateSectionArgs = {
  input: CreateSectionInput;
};


export type MutationCreateWindowArgs = {
  input: CreateWindowInput;
};


export type MutationDrcAcceptTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationDrcRecordMeetingArgs = {
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationDrcRecordProjectArgs = {
  project: DrcProjectInput;
  taskId: Scalars['ID']['input'];
};


export type MutationDrcRejectTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationDrcRequestSupplementArgs = {
  requests: Array<DepartmentSupplementRequestInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationDrcReturnTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationDrcReviewTaskArgs = {
  opinion: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationDrcSignTaskArgs = {
  fees?: InputMaybe<Array<DepartmentFeeChargeInput>>;
  taskId: Scalars['ID']['input'];
};


export type MutationEebAcceptTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationEebRecordAssessmentArgs = {
  assessment: EebAssessmentInput;
  taskId: Scalars['ID']['input'];
};


export type MutationEebRecordMeetingArgs = {
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationEebRejectTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationEebRequestSupplementArgs = {
  requests: Array<DepartmentSupplementRequestInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationEebReturnTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationEebReviewTaskArgs = {
  opinion: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationEebSignTaskArgs = {
  fees?: InputMaybe<Array<DepartmentFeeChargeInput>>;
  taskId: Scalars['ID']['input'];
};


export type MutationHcbAcceptTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationHcbRecordConstructionScaleArgs = {
  scale: HcbConstructionScaleInput;
  taskId: Scalars['ID']['input'];
};


export type MutationHcbRecordMeetingArgs = {
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationHcbRejectTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationHcbRequestSupplementArgs = {
  requests: Array<DepartmentSupplementRequestInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationHcbReturnTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationHcbReviewTaskArgs = {
  opinion: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationHcbSignTaskArgs = {
  fees?: InputMaybe<Array<DepartmentFeeChargeInput>>;
  taskId: Scalars['ID']['input'];
};


export type MutationIssueWorkPermitArgs = {
  input: IssueWorkPermitInput;
};


export type MutationNrpAcceptTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationNrpRecordMeetingArgs = {
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationNrpRecordPlanningArgs = {
  planning: NrpPlanningInput;
  taskId: Scalars['ID']['input'];
};


export type MutationNrpRejectTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationNrpRequestSupplementArgs = {
  requests: Array<DepartmentSupplementRequestInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationNrpReturnTaskArgs = {
  reasons: Array<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationNrpReviewTaskArgs = {
  opinion: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationNrpSignTaskArgs = {
  fees?: InputMaybe<Array<DepartmentFeeChargeInput>>;
  taskId: Scalars['ID']['input'];
};


export type MutationProposeFeeEntryArgs = {
  input: ProposeFeeEntryInput;
};


export type MutationProposeItemArgs = {
  input: ItemInput;
};


export type MutationPublishBundleArgs = {
  input: BundleInput;
};


export type MutationPublishItemArgs = {
  code: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRateCaseArgs = {
  input: RateCaseInput;
};


export type MutationRecordCommitmentExceptionArgs = {
  caseId: Scalars['ID']['input'];
  documentNumber: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecordEvaluationArgs = {
  input: RecordEvaluationInput;
};


export type MutationRecordTrainingArgs = {
  input: RecordTrainingInput;
};


export type MutationRegisterApplicantArgs = {
  input: RegisterApplicantInput;
};


export type MutationRegisterSealArgs = {
  input: RegisterSealInput;
};


export type MutationRegisterStaffArgs = {
  input: RegisterStaffInput;
};


export type MutationRetryParkedEventArgs = {
  consumer: Scalars['String']['input'];
  position: Scalars['ID']['input'];
};


export type MutationReturnItemArgs = {
  code: Scalars['ID']['input'];
  reasons: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationReviewMaterialArgs = {
  input: ReviewMaterialInput;
};


export type MutationRevokeChiefRepresentativeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeSealArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeWorkPermitArgs = {
  number: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetCalendarYearArgs = {
  days: Array<CalendarDayInput>;
  year: Scalars['Int']['input'];
};


export type MutationSetYellowWarningThresholdArgs = {
  workingDays: Scalars['Int']['input'];
};


export type MutationSupplySupplementArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationUploadMaterialArgs = {
  applicantId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  materialTypeCode: Scalars['ID']['input'];
};


export type MutationWithdrawCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationWithdrawFeeEntryArgs = {
  code: Scalars['ID']['input'];
};

/** One line of the one notice of a returned case. */
export type NoticeEntry = {
  __typename?: 'NoticeEntry';
  /** The material type concerned (`materialTypeCode`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  materialType?: Maybe<MaterialType>;
  /** Code of the material type concerned. */
  materialTypeCode: Scalars['ID']['output'];
  /** What is wrong or missing, in words. */
  problems: Array<Scalars['String']['output']>;
  /** Where the material stood: `MISSING`, `PENDING`, `REJECTED` or `EXPIRED`. */
  state: Scalars['String']['output'];
};

/** What a plot of land may be used for under the spatial plan. */
export type NrpLandUseCategory =
  /** Commercial and business services (商业服务业用地). */
  | 'COMMERCIAL'
  /** Industrial land (工业用地). */
  | 'INDUSTRIAL'
  /** Public administration and services (公共管理与公共服务用地). */
  | 'PUBLIC_SERVICES'
  /** Residential land (居住用地). */
  | 'RESIDENTIAL'
  /** Transport land (交通运输用地). */
  | 'TRANSPORT'
  /** Public utilities (公用设施用地). */
  | 'UTILITIES'
  /** Warehousing and logistics (仓储用地). */
  | 'WAREHOUSING';

/** The land-use planning conditions a Natural Resources and Planning task sets. */
export type NrpPlanning = {
  __typename?: 'NrpPlanning';
  /** Area of the plot in square metres, as decimal text, e.g. `24000.00`. */
  landArea: Scalars['String']['output'];
  /** What the plot may be used for. */
  landUseCategory: NrpLandUseCategory;
  /** Plot ratio (floor area over land area), as decimal text, e.g. `1.80`. */
  plotRatio: Scalars['String']['output'];
  /** When they were last recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the reviewer who recorded them. */
  recordedBy: Scalars['String']['output'];
  /** Id of the task the conditions belong to. */
  taskId: Scalars['ID']['output'];
};

/** The planning conditions an NRP reviewer records on a task. */
export type NrpPlanningInput = {
  /** Area of the plot in square metres, as decimal text, e.g. `24000.00`. */
  landArea: Scalars['String']['input'];
  /** What the plot may be used for. */
  landUseCategory: NrpLandUseCategory;
  /** Plot ratio, as decimal text, e.g. `1.80`; at most 20. */
  plotRatio: Scalars['String']['input'];
};

/** The Bureau of Natural Resources and Planning's part of a case: its steps, who took them and when, its decision and licence. */
export type NrpReview = DepartmentReview & {
  __typename?: 'NrpReview';
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the person who accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The member of staff who accepted the task (`acceptedBy`), from the center's registry, for people working in the hub (not applicants); null until accepted. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  acceptedByStaff?: Maybe<StaffMember>;
  /** The applicant of the case (`applicantId`), with the materials subgraph's access rules (the applicant itself and registered staff). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** Id of the applicant. */
  applicantId: Scalars['ID']['output'];
  /** Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case the task belongs to (`caseId`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  case?: Maybe<Case>;
  /** Id of the case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** Case number, e.g. `OS-2026-000123`. */
  caseReference: Scalars['String']['output'];
  /** Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** When it was signed or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of who decided: the chief representative who signed, or the reviewer who rejected. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who decided the task (`decidedBy`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged. */
  feesCharged: Array<DepartmentChargedFee>;
  /** Id of the task: the same as the joint approval's task. */
  id: Scalars['ID']['output'];
  /** The item versions the task covers. */
  items: Array<DepartmentReviewItem>;
  /** The standing licence of the task's first item, once the chief representative signed; department staff and the service center only (the applicant receives licences from the case, together, when it completes). */
  licence?: Maybe<DepartmentLicence>;
  /** Every licence sealed for this task, one per item at each sign-off, standing ones first (void ones kept for the record); department staff and the service center only. */
  licences: Array<DepartmentLicence>;
  /** Codes of the material types the task needs. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /** The material types the task needs (`materialTypeCodes`), in the same order. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  materialTypes?: Maybe<Array<MaterialType>>;
  /** The meeting, once recorded. */
  meeting?: Maybe<DepartmentMeeting>;
  /** Whether an item of the task needs a meeting before the sign-off. */
  meetingRequired: Scalars['Boolean']['output'];
  /** When the joint approval opened the task. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Since when the clock is paused for a supplement; null while it runs. */
  pausedSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Working days the clock was paused for supplements so far. */
  pausedWorkingDays: Scalars['Int']['output'];
  /** The planning conditions, once a reviewer recorded them. */
  planning?: Maybe<NrpPlanning>;
  /** Why it was rejected; empty unless rejected. */
  rejectionReasons: Array<Scalars['String']['output']>;
  /** When it was last reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Subject of the reviewer. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer who last reviewed the task (`reviewedBy`), from the center's registry, for people working in the hub (not applicants); null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: DepartmentReviewStatus;
  /** What the last supplement request asked for; empty if none was made. */
  supplementRequests: Array<DepartmentSupplementRequest>;
  /** Every step of the task, in order. */
  timeline: Array<DepartmentReviewStep>;
};

/** A page of NRP review entries. */
export type NrpReviewConnection = {
  __typename?: 'NrpReviewConnection';
  /** The NRP review entries on this page with their cursors. */
  edges: Array<NrpReviewEdge>;
  /** The NRP review entries on this page, in order. */
  nodes: Array<NrpReview>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many NRP review entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One NRP review in a page, with its cursor. */
export type NrpReviewEdge = {
  __typename?: 'NrpReviewEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The NRP review. */
  node: NrpReview;
};

/** Where a page stands in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last entry on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more entries follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether entries come before this page: always known when paging backwards with `last`; when paging forwards, true once the page starts after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first entry on this page; pass it as `before` for the previous page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An event a consumer gave up on after its retries: the consumer went on without it. Fix the cause, then retry it. */
export type ParkedEvent = {
  __typename?: 'ParkedEvent';
  /** How many times the handler was tried. */
  attempts: Scalars['Int']['output'];
  /** The consumer that failed on it (e.g. `supervision.events`). */
  consumer: Scalars['String']['output'];
  /** The handler's last error. */
  error: Scalars['String']['output'];
  /** What the event is about (a case id, an item code…). */
  key: Scalars['String']['output'];
  /** When the consumer gave up on it. */
  parkedAt: Scalars['DateTimeISO']['output'];
  /** The event's position in the hub's event log. */
  position: Scalars['ID']['output'];
  /** When a retry was asked for and not yet tried; null otherwise. */
  retryRequestedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event's topic, e.g. `approvals.case.submitted`. */
  topic: Scalars['String']['output'];
};

/** A page of parkedEvent entries. */
export type ParkedEventConnection = {
  __typename?: 'ParkedEventConnection';
  /** The parkedEvent entries on this page with their cursors. */
  edges: Array<ParkedEventEdge>;
  /** The parkedEvent entries on this page, in order. */
  nodes: Array<ParkedEvent>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many parkedEvent entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One parkedEvent in a page, with its cursor. */
export type ParkedEventEdge = {
  __typename?: 'ParkedEventEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The parkedEvent. */
  node: ParkedEvent;
};

/** The prerequisite check of an application: every required material and one overall verdict. */
export type PrerequisiteCheck = {
  __typename?: 'PrerequisiteCheck';
  /** Each required material, in the order asked. */
  requirements: Array<RequirementCheck>;
  /** Whether the application passes the gate. */
  verdict: PrerequisiteVerdict;
};

/** That one item of a bundle needs another item of it decided first. */
export type PrerequisiteInput = {
  /** Code of the item that waits. */
  itemCode: Scalars['String']['input'];
  /** Code of the item it waits for. */
  requiresItemCode: Scalars['String']['input'];
};

/** Whether an application may pass the prerequisite gate. */
export type PrerequisiteVerdict =
  /** Nothing is missing or wrong, but some materials wait for their review. */
  | 'AWAITING_REVIEW'
  /** Some material is missing, rejected or expired: see the notice. */
  | 'INCOMPLETE'
  /** Every required material is verified. */
  | 'SATISFIED'
  /** Everything else is verified; the missing ones may follow under commitment. */
  | 'SATISFIED_UNDER_COMMITMENT';

/** A new entry of the fee catalog. */
export type ProposeFeeEntryInput = {
  /** Code of the entry. */
  code: Scalars['String']['input'];
  /** The law or price document that allows the fee. */
  legalBasis: Scalars['String']['input'];
  /** What the fee is for. */
  name: Scalars['String']['input'];
  /** How much is charged. */
  standard: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The public key of the AMR's approval seal, to verify its licences with. */
  amrSealKey?: Maybe<DepartmentSealKey>;
  /** One AMR task. */
  amrTask?: Maybe<AmrReview>;
  /** The AMR's tasks, newest first, optionally of one status or one case. */
  amrTasks?: Maybe<AmrReviewConnection>;
  /** Every step of the AMR's tasks, newest first, or of one task. */
  amrTimeline?: Maybe<DepartmentReviewStepConnection>;
  /** One applicant by id; an applicant account sees only its own. */
  applicant?: Maybe<Applicant>;
  /** Recomputes the audit log hash chain and names the first entry that does not fit. */
  auditChainVerification?: Maybe<ChainVerification>;
  /** Entries from one sequence to another (at most 1000), with what is needed to check them elsewhere. */
  auditExport?: Maybe<AuditExport>;
  /** One bundle by code. */
  bundle?: Maybe<Bundle>;
  /** The published bundles, by code. */
  bundles?: Maybe<BundleConnection>;
  /** Holidays and make-up working days of one year. */
  calendar?: Maybe<CalendarYear>;
  /** One case by id: applicants see their own, department staff those their department has a task on, the center and supervision every case. */
  case?: Maybe<Case>;
  /** Counts for the coordinator board: status, warning level and bottlenecks. */
  caseBoard?: Maybe<BoardSummary>;
  /** Every case in the hub, newest first. */
  cases?: Maybe<CaseConnection>;
  /** Chief representative authorizations, newest first. */
  chiefRepresentatives?: Maybe<ChiefRepresentativeConnection>;
  /** Yellow and red cards, newest first. */
  clockWarnings?: Maybe<ClockWarningConnection>;
  /** The reform inspection and acceptance report of one department, as of today. */
  complianceReport?: Maybe<ComplianceReport>;
  /** One department by its code. */
  department?: Maybe<Department>;
  /** The cases on which the caller's department has a task, newest first. */
  departmentCases?: Maybe<CaseConnection>;
  /** Per department, over a period of days (both included): cases handled, on-time rate, working days, supplements, rejections, warnings and violations. One entry per department with activity. */
  departmentStatistics?: Maybe<Array<DepartmentStatistics>>;
  /** Every department in the hub, by code. */
  departments?: Maybe<DepartmentConnection>;
  /** The public key of the DRC's approval seal, to verify its licences with. */
  drcSealKey?: Maybe<DepartmentSealKey>;
  /** One DRC task. */
  drcTask?: Maybe<DrcReview>;
  /** The DRC's tasks, newest first, optionally of one status or one case. */
  drcTasks?: Maybe<DrcReviewConnection>;
  /** Every step of the DRC's tasks, newest first, or of one task. */
  drcTimeline?: Maybe<DepartmentReviewStepConnection>;
  /** The public key of the EEB's approval seal, to verify its licences with. */
  eebSealKey?: Maybe<DepartmentSealKey>;
  /** One EEB task. */
  eebTask?: Maybe<EebReview>;
  /** The EEB's tasks, newest first, optionally of one status or one case. */
  eebTasks?: Maybe<EebReviewConnection>;
  /** Every step of the EEB's tasks, newest first, or of one task. */
  eebTimeline?: Maybe<DepartmentReviewStepConnection>;
  /** Every code an error's `extensions.code` may carry, with its meaning; public, for clients to build their messages from. */
  errorCodes?: Maybe<Array<ErrorCodeEntry>>;
  /** The fee catalog, by code. */
  feeEntries?: Maybe<FeeEntryConnection>;
  /** One fee catalog entry by code. */
  feeEntry?: Maybe<FeeEntry>;
  /** Follow-ups of bad ratings, newest first. Department staff see only their department's. */
  followUps?: Maybe<FollowUpConnection>;
  /** The public key of the HCB's approval seal, to verify its licences with. */
  hcbSealKey?: Maybe<DepartmentSealKey>;
  /** One HCB task. */
  hcbTask?: Maybe<HcbReview>;
  /** The HCB's tasks, newest first, optionally of one status or one case. */
  hcbTasks?: Maybe<HcbReviewConnection>;
  /** Every step of the HCB's tasks, newest first, or of one task. */
  hcbTimeline?: Maybe<DepartmentReviewStepConnection>;
  /** One item: the published version, or a given version (unpublished ones for the offices and department handling them). */
  item?: Maybe<Item>;
  /** Every version of one item, newest first. */
  itemVersions?: Maybe<ItemConnection>;
  /** Item versions in one status, e.g. PROPOSED for the legal office or APPROVED for the center to publish. */
  itemWorklist?: Maybe<ItemConnection>;
  /** The power list: the published version of every item, by code. */
  items?: Maybe<ItemConnection>;
  /** Public: checks a delivered licence by the serial printed on it: its holder, items, issuing department, dates, and whether it is genuine and in force. Null when no delivered licence has that serial. Serials are random, so none can be found from another; the applicant and staff read the whole licence on the case or task. */
  licence?: Maybe<LicenceVerification>;
  /** One material version by id, if the caller may see it. */
  material?: Maybe<Material>;
  /** Reads a material version's content. A department reads only for a case on which it has an open task needing the material (or, as lead department, to review it); every such read is logged for the applicant to see. */
  materialContent?: Maybe<MaterialContent>;
  /** One material type by its code. */
  materialType?: Maybe<MaterialType>;
  /** The canonical material types, by code. */
  materialTypes?: Maybe<MaterialTypeConnection>;
  /** The review desk: current versions waiting for the one-time review by the caller's department, oldest first. */
  materialsAwaitingReview?: Maybe<MaterialConnection>;
  /** The applicant record the signed-in applicant account acts for, or the one it registered online. */
  myApplicant?: Maybe<Applicant>;
  /** The signed-in applicant's own cases, newest first. */
  myCases?: Maybe<CaseConnection>;
  /** The public key of the NRP's approval seal, to verify its licences with. */
  nrpSealKey?: Maybe<DepartmentSealKey>;
  /** One NRP task. */
  nrpTask?: Maybe<NrpReview>;
  /** The NRP's tasks, newest first, optionally of one status or one case. */
  nrpTasks?: Maybe<NrpReviewConnection>;
  /** Every step of the NRP's tasks, newest first, or of one task. */
  nrpTimeline?: Maybe<DepartmentReviewStepConnection>;
  /** Open tasks past their time limit, longest overdue first. */
  overdueTasks?: Maybe<SupervisedTaskConnection>;
  /** Events a consumer of any subgraph gave up on after its retries, newest first. Each one is missing from that consumer until it is retried. */
  parkedEvents?: Maybe<ParkedEventConnection>;
  /** The prerequisite check of an application: for each required material whether the applicant has it verified, pending, missing, rejected or expired, and whether the application passes. Front-ends show it as the one notice of everything still needed. */
  prerequisiteCheck?: Maybe<PrerequisiteCheck>;
  /** Registered approval seals, newest first. */
  seals?: Maybe<SealConnection>;
  /** The service guide of one published item or one bundle (give exactly one of the two codes). */
  serviceGuide?: Maybe<ServiceGuide>;
  /** One member of staff: oneself, or anyone for the center and supervisors. */
  staffMember?: Maybe<StaffMember>;
  /** Registered department staff, by id. */
  staffMembers?: Maybe<StaffMemberConnection>;
  /** One case as supervision sees it. */
  supervisedCase?: Maybe<SupervisedCase>;
  /** The coordinator board: every case, newest first, filtered by status, department and level. */
  supervisedCases?: Maybe<SupervisedCaseConnection>;
  /** One task by id, for whoever may see its case. */
  task?: Maybe<Task>;
  /** Violation cards, newest first. */
  violations?: Maybe<ViolationConnection>;
  /** The windows of the service center, by number. */
  windows?: Maybe<ServiceWindowConnection>;
  /** Working days elapsed after one day up to and including another. */
  workingDaysBetween?: Maybe<Scalars['Int']['output']>;
  /** The deadline of a time limit: the given number of working days after the start day. */
  workingDeadline?: Maybe<Scalars['Date']['output']>;
  /** Working days left at which a clock turns yellow (set by the center). */
  yellowWarningThreshold?: Maybe<Scalars['Int']['output']>;
};


export type QueryAmrTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAmrTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DepartmentReviewStatus>;
};


export type QueryAmrTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryApplicantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditExportArgs = {
  fromSequence: Scalars['String']['input'];
  toSequence: Scalars['String']['input'];
};


export type QueryBundleArgs = {
  code: Scalars['ID']['input'];
};


export type QueryBundlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryChiefRepresentativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClockWarningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<WarningLevel>;
};


export type QueryComplianceReportArgs = {
  departmentCode: Scalars['ID']['input'];
};


export type QueryDepartmentArgs = {
  code: Scalars['ID']['input'];
};


export type QueryDepartmentCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryDepartmentStatisticsArgs = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDrcTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDrcTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DepartmentReviewStatus>;
};


export type QueryDrcTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEebTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEebTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DepartmentReviewStatus>;
};


export type QueryEebTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFeeEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FeeEntryStatus>;
};


export type QueryFeeEntryArgs = {
  code: Scalars['ID']['input'];
};


export type QueryFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryHcbTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHcbTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DepartmentReviewStatus>;
};


export type QueryHcbTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryItemArgs = {
  code: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryItemVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryItemWorklistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status: ItemStatus;
};


export type QueryItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ItemKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sectionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLicenceArgs = {
  serial: Scalars['String']['input'];
};


export type QueryMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMaterialContentArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryMaterialTypeArgs = {
  code: Scalars['ID']['input'];
};


export type QueryMaterialTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMaterialsAwaitingReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryNrpTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNrpTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DepartmentReviewStatus>;
};


export type QueryNrpTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParkedEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  consumer?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPrerequisiteCheckArgs = {
  applicantId: Scalars['ID']['input'];
  requirements: Array<MaterialRequirementInput>;
};


export type QuerySealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceGuideArgs = {
  bundleCode?: InputMaybe<Scalars['ID']['input']>;
  itemCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffMemberArgs = {
  subject: Scalars['ID']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupervisedCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisedCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseBoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryViolationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ViolationKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWindowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkingDaysBetweenArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryWorkingDeadlineArgs = {
  start: Scalars['Date']['input'];
  workingDays: Scalars['Int']['input'];
};

/** A rating of a completed case. */
export type RateCaseInput = {
  /** The case to rate. */
  caseId: Scalars['ID']['input'];
  /** What the applicant wants to say (at most 2000 characters). */
  comment?: Scalars['String']['input'];
  /** From 1 (very dissatisfied) to 5 (very satisfied). */
  score: Scalars['Int']['input'];
};

/** Why a department read an applicant's material. */
export type ReadPurpose =
  /** To work on a task of a case that needs the material. */
  | 'CASE'
  /** The lead department, for the one-time prerequisite review. */
  | 'REVIEW';

/** The yearly evaluation of a member of staff. */
export type RecordEvaluationInput = {
  /** What the evaluator noted. */
  comment?: Scalars['String']['input'];
  /** The grade. */
  grade: EvaluationGrade;
  /** Registered member of staff. */
  subject: Scalars['String']['input'];
  /** The year evaluated. */
  year: Scalars['Int']['input'];
};

/** A training completed by a member of staff. */
export type RecordTrainingInput = {
  /** Day it was completed (ISO date). */
  completedOn: Scalars['Date']['input'];
  /** Length in hours. */
  hours: Scalars['Int']['input'];
  /** Registered member of staff. */
  subject: Scalars['String']['input'];
  /** What the training covered. */
  title: Scalars['String']['input'];
};

/** A new applicant, as the window or the applicant registers it. */
export type RegisterApplicantInput = {
  /** Unified social credit code for an enterprise, resident ID number for a person (18 characters each). */
  identifier: Scalars['String']['input'];
  /** Enterprise or natural person. */
  kind: ApplicantKind;
  /** Registered name of the enterprise, or the name of the person. */
  name: Scalars['String']['input'];
};

/** An approval seal to register. */
export type RegisterSealInput = {
  /** The department the seal belongs to. */
  departmentCode: Scalars['String']['input'];
  /** Name engraved on the seal. */
  name: Scalars['String']['input'];
  /** Public verification key (SPKI, PEM or base64 DER); never the private key. */
  publicKey: Scalars['String']['input'];
};

/** A member of department staff to register. */
export type RegisterStaffInput = {
  /** Department the person works for. */
  departmentCode: Scalars['String']['input'];
  /** What the person is registered to do. */
  duty: StaffDuty;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Approval section of that department the person works in. */
  sectionCode: Scalars['String']['input'];
  /** The stable id of the person, as their sign-in token names them. */
  subject: Scalars['String']['input'];
};

/** A material an item requires of the applicant. */
export type RequiredMaterial = {
  __typename?: 'RequiredMaterial';
  /** Whether the material is core: without it the item cannot be decided. */
  core: Scalars['Boolean']['output'];
  /** The kind of material required. */
  materialType?: Maybe<MaterialType>;
  /** Whether the window may accept the application without it, under the applicant's written commitment to hand it in later. */
  mayBeMissingAtAcceptance: Scalars['Boolean']['output'];
};

/** A material an item requires of the applicant. */
export type RequiredMaterialInput = {
  /** Whether the material is core. */
  core: Scalars['Boolean']['input'];
  /** Code of the material type, e.g. `BUSINESS_LICENCE`. */
  materialTypeCode: Scalars['String']['input'];
  /** Whether it may be missing at acceptance, under commitment (never for core). */
  mayBeMissingAtAcceptance?: Scalars['Boolean']['input'];
};

/** Where one required material stands for this applicant. */
export type RequirementCheck = {
  __typename?: 'RequirementCheck';
  /** Whether it was required as a core material. */
  core: Scalars['Boolean']['output'];
  /** The current version the state refers to; null when missing. */
  material?: Maybe<Material>;
  /** The required material type. */
  materialType: MaterialType;
  /** What the applicant must still do about it; empty when verified. */
  notice: Array<Scalars['String']['output']>;
  /** Verified, pending, missing, rejected or expired. */
  state: RequirementState;
};

/** Where one required material of an application stands. */
export type RequirementState =
  /** The current verified version is past its validity. */
  | 'EXPIRED'
  /** Nothing was handed over for this material type. */
  | 'MISSING'
  /** Missing, but a non-core material the applicant may hand over later under a written commitment. */
  | 'MISSING_UNDER_COMMITMENT'
  /** The current version waits for the lead department review. */
  | 'PENDING'
  /** Handed over and waiting for its review, a non-core material the case may be accepted without: accepted under commitment until it is verified, as if it were missing. */
  | 'PENDING_UNDER_COMMITMENT'
  /** The current version was rejected; see its problems. */
  | 'REJECTED'
  /** A current, verified, unexpired version exists: it is reused. */
  | 'VERIFIED';

/** What the lead department decided about a material version. */
export type ReviewDecision =
  /** The material has problems; all of them are listed at once. */
  | 'REJECTED'
  /** The material is correct; every department reuses it. */
  | 'VERIFIED';

/** The decision of the lead department on one material version. */
export type ReviewMaterialInput = {
  /** Verified or rejected. */
  decision: ReviewDecision;
  /** The material version reviewed. */
  materialId: Scalars['ID']['input'];
  /** Every problem found, all at once; required when rejecting, empty when verifying. */
  problems?: Array<Scalars['String']['input']>;
};

/** A department's dedicated approval seal: its public verification key, registered at the center. The private key stays in the department's own subgraph. */
export type Seal = {
  __typename?: 'Seal';
  /** The department the seal belongs to. */
  department: Department;
  /** Opaque id of the seal. */
  id: Scalars['ID']['output'];
  /** SHA-256 of the public key (DER), in hex: what signatures name. */
  keyFingerprint: Scalars['String']['output'];
  /** Name engraved on the seal. */
  name: Scalars['String']['output'];
  /** Public verification key (SPKI, PEM). */
  publicKey: Scalars['String']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** Why it was revoked. */
  revokeReason?: Maybe<Scalars['String']['output']>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the seal may sign. */
  status: SealStatus;
};

/** A page of approval seal entries. */
export type SealConnection = {
  __typename?: 'SealConnection';
  /** The approval seal entries on this page with their cursors. */
  edges: Array<SealEdge>;
  /** The approval seal entries on this page, in order. */
  nodes: Array<Seal>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many approval seal entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One approval seal in a page, with its cursor. */
export type SealEdge = {
  __typename?: 'SealEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The approval seal. */
  node: Seal;
};

/** Whether an approval seal may sign. */
export type SealStatus =
  /** In use: decisions it signs verify against its public key. */
  | 'ACTIVE'
  /** Withdrawn: decisions it signed before stay verifiable, no new ones. */
  | 'REVOKED';

/** An approval section of a department: the one section that handles a group of its items. A department has at most 3. */
export type Section = {
  __typename?: 'Section';
  /** Code of the section, unique in the hub, e.g. `DRC-INVEST`. */
  code: Scalars['ID']['output'];
  /** When the section was set up. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The department the section belongs to. */
  department: Department;
  /** Name of the section. */
  name: Scalars['String']['output'];
};

/** Everything an applicant needs to apply for an item or a bundle: materials, steps, time limits, fees and windows. */
export type ServiceGuide = {
  __typename?: 'ServiceGuide';
  /** The bundle, for a bundle guide. */
  bundle?: Maybe<Bundle>;
  /** The departments that decide. */
  departments: Array<Department>;
  /** Fees charged, with their legal basis. */
  fees: Array<FeeEntry>;
  /** The items applied for, in the version in force. */
  items: Array<Item>;
  /** The whole guide as printable Markdown. */
  markdown: Scalars['String']['output'];
  /** Materials to hand in, each once. */
  materials: Array<GuideMaterial>;
  /** Working days the center promises: the bundle limit, or the item promised limit. */
  promisedLimitDays: Scalars['Int']['output'];
  /** What the guide is for. */
  title: Scalars['String']['output'];
  /** Windows that accept the application. */
  windows: Array<Window>;
};

/** The applicant's rating of a completed case: one per case. */
export type ServiceRating = {
  __typename?: 'ServiceRating';
  /** The applicant who rated it. */
  applicantId: Scalars['ID']['output'];
  /** The case rated. */
  caseId: Scalars['ID']['output'];
  /** The applicant's words. */
  comment: Scalars['String']['output'];
  /** When it was given. */
  ratedAt: Scalars['DateTimeISO']['output'];
  /** From 1 (very dissatisfied) to 5 (very satisfied). */
  score: Scalars['Int']['output'];
};

/** A page of window entries. */
export type ServiceWindowConnection = {
  __typename?: 'ServiceWindowConnection';
  /** The window entries on this page with their cursors. */
  edges: Array<ServiceWindowEdge>;
  /** The window entries on this page, in order. */
  nodes: Array<Window>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many window entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One window in a page, with its cursor. */
export type ServiceWindowEdge = {
  __typename?: 'ServiceWindowEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The window. */
  node: Window;
};

/** What the center registered a member of department staff to do. */
export type StaffDuty =
  /** Signs the department's decisions once authorized. */
  | 'CHIEF_REPRESENTATIVE'
  /** Reviews applications in an approval section. */
  | 'DEPARTMENT_REVIEWER'
  /** Accepts applications at a window. */
  | 'WINDOW_CLERK';

/** A member of department staff the center registered to a department and approval section. Only people working in the hub (any role but applicant) see staff; permits, trainings and evaluations only the person and the center, coordinators and supervisors. */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** Whether the person holds a valid work permit today. */
  certified: Scalars['Boolean']['output'];
  /** When the center registered the person. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The department the person works for. */
  department: Department;
  /** What the person was registered to do. */
  duty: StaffDuty;
  /** Yearly evaluations, newest first (the person and overseers only). */
  evaluations: Array<Evaluation>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Work permits issued, newest first (the person and overseers only). */
  permits: Array<WorkPermit>;
  /** The approval section. */
  section?: Maybe<Section>;
  /** The stable id of the person, as their sign-in token names them. */
  subject: Scalars['ID']['output'];
  /** Trainings completed, newest first (the person and overseers only). */
  trainings: Array<Training>;
};

/** A page of staff member entries. */
export type StaffMemberConnection = {
  __typename?: 'StaffMemberConnection';
  /** The staff member entries on this page with their cursors. */
  edges: Array<StaffMemberEdge>;
  /** The staff member entries on this page, in order. */
  nodes: Array<StaffMember>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many staff member entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One staff member in a page, with its cursor. */
export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The staff member. */
  node: StaffMember;
};

/** How many cases have one status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many cases have it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: CaseStatus;
};

/** What an approval step does. */
export type StepKind =
  /** Accept the application at the window. */
  | 'ACCEPT'
  /** Review it in the approval section. */
  | 'REVIEW'
  /** The chief representative signs the department's decision. */
  | 'SIGN';

/** What an application is for. */
export type SubjectKind =
  /** A published bundle ("one thing") of items of several departments. */
  | 'BUNDLE'
  /** A single published item. */
  | 'ITEM';

export type Subscription = {
  __typename?: 'Subscription';
  /** A case's status changes, in order. Coordinators and supervisors may follow any case or all of them; an applicant only their own. */
  caseStatusChanged: CaseStatusUpdate;
  /** Yellow and red cards as they are raised: every one for coordinators and supervisors, those of their own cases for an applicant. */
  warningRaised: WarningUpdate;
};


export type SubscriptionCaseStatusChangedArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionWarningRaisedArgs = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
};

/** A case as supervision sees it: status, departments and its clock. */
export type SupervisedCase = {
  __typename?: 'SupervisedCase';
  /** When it was accepted; its clock starts. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The applicant the case is for (`applicantId`), from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down. */
  applicant?: Maybe<Applicant>;
  /** The applicant the case is for. */
  applicantId: Scalars['ID']['output'];
  /** The case itself (`id`), with everything the approvals subgraph holds of it. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** How the case came in. */
  channel: CaseChannel;
  /** The case's clock against its time limit; null until it is accepted. */
  clock?: Maybe<ClockReading>;
  /** Each material the case was accepted without under commitment, with its own clock to its deadline; empty without commitment. */
  commitments: Array<SupervisedCommitment>;
  /** Codes of the departments the case needs. */
  departmentCodes: Array<Scalars['String']['output']>;
  /** The departments the case needs (`departmentCodes`), in the same order, from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  departments?: Maybe<Array<Department>>;
  /** When it was completed, rejected or withdrawn. */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Id of the case (the same as in approvals). */
  id: Scalars['ID']['output'];
  /** Warning level as of the last event or periodic check (the board filters on it). */
  level: WarningLevel;
  /** The applicant's rating of the case, once given. */
  rating?: Maybe<ServiceRating>;
  /** Case number, e.g. `OS-2026-000123`. */
  reference: Scalars['String']['output'];
  /** Where the case stands. */
  status: CaseStatus;
  /** Code of the bundle or item applied for. */
  subjectCode: Scalars['String']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** The departments' tasks on the case. */
  tasks: Array<SupervisedTask>;
};

/** A page of supervised case entries. */
export type SupervisedCaseConnection = {
  __typename?: 'SupervisedCaseConnection';
  /** The supervised case entries on this page with their cursors. */
  edges: Array<SupervisedCaseEdge>;
  /** The supervised case entries on this page, in order. */
  nodes: Array<SupervisedCase>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many supervised case entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One supervised case in a page, with its cursor. */
export type SupervisedCaseEdge = {
  __typename?: 'SupervisedCaseEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The supervised case. */
  node: SupervisedCase;
};

/** A material a case was accepted without under commitment, as supervision watches it: its own clock from acceptance to its deadline, yellow and red cards as for case clocks, and a `COMMITMENT_OVERDUE` violation once the deadline passed with the material unverified. */
export type SupervisedCommitment = {
  __typename?: 'SupervisedCommitment';
  /** The case accepted under commitment. */
  caseId: Scalars['ID']['output'];
  /** The committed material's clock against its deadline, in working days from acceptance. */
  clock?: Maybe<ClockReading>;
  /** Opaque id of the commitment clock. */
  id: Scalars['ID']['output'];
  /** How the clock stopped; null while it runs. */
  keptBy?: Maybe<CommitmentKeptBy>;
  /** Warning level as of the last event or periodic check. */
  level: WarningLevel;
  /** Code of the material type committed to, e.g. `FIRE_SAFETY_DESIGN`. */
  materialTypeCode: Scalars['String']['output'];
};

/** One department's task on a case, with its steps and clock. */
export type SupervisedTask = {
  __typename?: 'SupervisedTask';
  /** When the department accepted it. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case itself (`caseId`), from the approvals subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** The case the task belongs to. */
  caseId: Scalars['ID']['output'];
  /** The task's clock against its time limit. */
  clock: ClockReading;
  /** When it was approved or rejected. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who approved or rejected it. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Who approved or rejected it (`decidedBy`), from the center's registry of staff; null until decided. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  decidedByStaff?: Maybe<StaffMember>;
  /** The department (`departmentCode`), from the center. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  department?: Maybe<Department>;
  /** Code of the department doing the task. */
  departmentCode: Scalars['String']['output'];
  /** Id of the task (the same as in approvals). */
  id: Scalars['ID']['output'];
  /** Codes of the items the department decides on. */
  itemCodes: Array<Scalars['String']['output']>;
  /** Warning level as of the last event or periodic check (the board filters on it). */
  level: WarningLevel;
  /** When its meeting was recorded. */
  meetingAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the task was opened. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** Whether an item of the task was published with a review step before sign-off. */
  reviewRequired: Scalars['Boolean']['output'];
  /** When a reviewer reviewed it. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who reviewed it. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The reviewer (`reviewedBy`), from the center's registry of staff; null until reviewed. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  reviewedByStaff?: Maybe<StaffMember>;
  /** Where the task stands. */
  status: SupervisedTaskStatus;
  /** How many supplements the department requested. */
  supplements: Scalars['Int']['output'];
  /** The joint approval's task itself (`id`), with its department's review, from the approvals subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  task?: Maybe<Task>;
};

/** A page of supervised task entries. */
export type SupervisedTaskConnection = {
  __typename?: 'SupervisedTaskConnection';
  /** The supervised task entries on this page with their cursors. */
  edges: Array<SupervisedTaskEdge>;
  /** The supervised task entries on this page, in order. */
  nodes: Array<SupervisedTask>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many supervised task entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One supervised task in a page, with its cursor. */
export type SupervisedTaskEdge = {
  __typename?: 'SupervisedTaskEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The supervised task. */
  node: SupervisedTask;
};

/** Where a department's task on a case stands. */
export type SupervisedTaskStatus =
  /** Signed and approved. */
  | 'APPROVED'
  /** Cancelled because the case was rejected or withdrawn. */
  | 'CANCELLED'
  /** The department is working on it (or waiting for a supplement). */
  | 'OPEN'
  /** Rejected by the department. */
  | 'REJECTED';

/** A material a department asked the applicant to supplement. */
export type SupplementRequest = {
  __typename?: 'SupplementRequest';
  /** Code of the material type to supply again. */
  materialTypeCode: Scalars['ID']['output'];
  /** Why the department needs it. */
  reason: Scalars['String']['output'];
};

/** A department's part of a case: its own clock, steps and decision. */
export type Task = {
  __typename?: 'Task';
  /**
   * The Administration for Market Regulation's review of this task; null when the task is not the AMR's.
   * @deprecated Use `review`: one field and one fragment for every department.
   */
  amrReview?: Maybe<AmrReview>;
  /** The case the task belongs to. */
  case: Case;
  /** The task's clock: working days used and left, paused while a supplement is awaited. */
  clock: Clock;
  /** When the task was approved, rejected or cancelled. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Last working day for the decision (`YYYY-MM-DD`); moves later by the working days the clock was paused. */
  deadlineOn: Scalars['Date']['output'];
  /** The department working on it. */
  department?: Maybe<Department>;
  /**
   * The Development and Reform Commission's review of this task; null when the task is not the DRC's.
   * @deprecated Use `review`: one field and one fragment for every department.
   */
  drcReview?: Maybe<DrcReview>;
  /**
   * The Bureau of Ecology and Environment's review of this task; null when the task is not the EEB's.
   * @deprecated Use `review`: one field and one fragment for every department.
   */
  eebReview?: Maybe<EebReview>;
  /**
   * The Bureau of Housing and Urban-Rural Construction's review of this task; null when the task is not the HCB's.
   * @deprecated Use `review`: one field and one fragment for every department.
   */
  hcbReview?: Maybe<HcbReview>;
  /** Opaque id of the task. */
  id: Scalars['ID']['output'];
  /** The case's items this department decides. */
  items: Array<CaseItem>;
  /** The licence of the task's first item, once approved (for the applicant: once delivered); `licences` has one per item. */
  licence?: Maybe<Licence>;
  /** Every licence the department signed for the task, one per item it approved (for the applicant: once delivered, all together at completion). */
  licences: Array<Licence>;
  /** Codes of the material types the department needs for its items. */
  materialTypeCodes: Array<Scalars['String']['output']>;
  /**
   * The Bureau of Natural Resources and Planning's review of this task; null when the task is not the NRP's.
   * @deprecated Use `review`: one field and one fragment for every department.
   */
  nrpReview?: Maybe<NrpReview>;
  /** When the task was opened: the moment the case was accepted. */
  openedAt: Scalars['DateTimeISO']['output'];
  /** The reviewer's opinion, once the department reviewed the task. */
  opinion?: Maybe<Scalars['String']['output']>;
  /** Why the department rejected it; empty otherwise. */
  reasons: Array<Scalars['String']['output']>;
  /** The department's own review of this task: select the fields every department shares with `... on DepartmentReview`, a department's own with `... on DrcReview` and the like. Null while the department has not yet received the task. */
  review?: Maybe<DepartmentReview>;
  /** Where the task stands. */
  status: TaskStatus;
  /** What the department asked the applicant to supplement, while a request is open. */
  supplementRequests: Array<SupplementRequest>;
  /** What happened to this task, oldest first. */
  timeline: Array<TimelineEntry>;
};

/** Where a department's task stands. */
export type TaskStatus =
  /** The department accepted it and is working on it. */
  | 'ACCEPTED'
  /** Signed by the chief representative; its licence waits for the case's completion. */
  | 'APPROVED'
  /** Cancelled because the case was rejected or withdrawn. */
  | 'CANCELLED'
  /** Opened at acceptance; the department has not accepted it yet. */
  | 'OPEN'
  /** Rejected by the department, with reasons. */
  | 'REJECTED'
  /** Reviewed; waiting for the meeting, if any, and the sign-off. */
  | 'REVIEWED'
  /** The department asked the applicant for a supplement; its clock is paused. */
  | 'SUPPLEMENT_REQUESTED'
  /** The applicant supplied it; the clock stays paused until the department resumes. */
  | 'SUPPLEMENT_SUPPLIED';

/** One thing that happened to a case or one of its tasks. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** Stable id of the person who acted; null when the hub acted on its own. */
  by?: Maybe<Scalars['String']['output']>;
  /** The department it concerns; null when it concerns the whole case. */
  department?: Maybe<Department>;
  /** Opaque id of the entry. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: TimelineKind;
  /** What happened, in words. */
  summary: Scalars['String']['output'];
  /** The task it concerns; null for the case. */
  task?: Maybe<Task>;
};

/** A page of timeline entry entries. */
export type TimelineEntryConnection = {
  __typename?: 'TimelineEntryConnection';
  /** The timeline entry entries on this page with their cursors. */
  edges: Array<TimelineEntryEdge>;
  /** The timeline entry entries on this page, in order. */
  nodes: Array<TimelineEntry>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many timeline entry entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One timeline entry in a page, with its cursor. */
export type TimelineEntryEdge = {
  __typename?: 'TimelineEntryEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The timeline entry. */
  node: TimelineEntry;
};

/** What happened to a case or one of its tasks. */
export type TimelineKind =
  /** The case was accepted and fanned out to the departments. */
  | 'ACCEPTED'
  /** The deadline would fall in a year the center has not entered in the calendar; acceptance waits for it. */
  | 'CALENDAR_WAITING'
  /** The commitment no longer holds the case back: every committed material verified, or the center's documented exception. */
  | 'COMMITMENT_KEPT'
  /** A material the case was accepted without was handed in and verified. */
  | 'COMMITTED_MATERIAL_VERIFIED'
  /** Every department approved; the case completed. */
  | 'COMPLETED'
  /** Every department approved, but the licences wait for committed materials to be verified. */
  | 'COMPLETION_WAITING'
  /** The center entered or changed a calendar year; the deadlines were recomputed. */
  | 'DEADLINE_RECOMPUTED'
  /** A department decision arrived after the task or case had ended; nothing changed. */
  | 'DECISION_IGNORED'
  /** The fees the case may be charged were assessed from the published fee catalog. */
  | 'FEES_ASSESSED'
  /** A licence was delivered to the applicant. */
  | 'LICENCE_ISSUED'
  /** The department recorded the meeting that decided it. */
  | 'MEETING_RECORDED'
  /** The case ended rejected. */
  | 'REJECTED'
  /** The case was returned with one notice. */
  | 'RETURNED'
  /** A sign-off was refused because its signer or seal had been revoked before it; the task waits for a lawful sign-off. */
  | 'SIGN_OFF_REFUSED'
  /** The application was submitted. */
  | 'SUBMITTED'
  /** The department asked for a supplement; its clock paused. */
  | 'SUPPLEMENT_REQUESTED'
  /** The applicant declared the supplement supplied. */
  | 'SUPPLEMENT_SUPPLIED'
  /** The department accepted its task. */
  | 'TASK_ACCEPTED'
  /** The department's chief representative signed its approval. */
  | 'TASK_APPROVED'
  /** The task was cancelled because the case ended. */
  | 'TASK_CANCELLED'
  /** A department's task was opened with its deadline. */
  | 'TASK_OPENED'
  /** The department rejected its task, with reasons. */
  | 'TASK_REJECTED'
  /** The department resumed; its clock runs again. */
  | 'TASK_RESUMED'
  /** The department's chief representative sent the task back to review, with reasons. */
  | 'TASK_RETURNED'
  /** The department reviewed its task. */
  | 'TASK_REVIEWED'
  /** The applicant withdrew the case. */
  | 'WITHDRAWN';

/** A training the center gave a member of staff. */
export type Training = {
  __typename?: 'Training';
  /** Day it was completed (ISO date). */
  completedOn: Scalars['Date']['output'];
  /** Length in hours. */
  hours: Scalars['Int']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What the training covered. */
  title: Scalars['String']['output'];
};

/** A violation card: one broken rule, recorded once, with its evidence. */
export type Violation = {
  __typename?: 'Violation';
  /** The case concerned (`caseId`), from the approvals subgraph; null when there is none. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  case?: Maybe<Case>;
  /** The case concerned, when there is one. */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** The department concerned (`departmentCode`), from the center; null when there is none. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  department?: Maybe<Department>;
  /** The department concerned. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** When it was detected. */
  detectedAt: Scalars['DateTimeISO']['output'];
  /** Position in the hub's event log of the event that showed it. */
  eventPosition: Scalars['String']['output'];
  /** The evidence as JSON: the event (topic, position, payload) and what it was judged against. */
  evidence: Scalars['String']['output'];
  /** Opaque id of the violation. */
  id: Scalars['ID']['output'];
  /** Which rule was broken. */
  kind: ViolationKind;
  /** The person who acted, when known. */
  person?: Maybe<Scalars['String']['output']>;
  /** The person who acted (`person`) as the center's registry of staff knows them; null when unknown, and null with a NOT_FOUND error when the center never registered them (an act by someone it never registered is itself a violation). Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down. */
  personStaff?: Maybe<StaffMember>;
  /** What the violation is about, unique per kind (e.g. a task and a step). */
  subjectKey: Scalars['String']['output'];
  /** The task concerned (`taskId`), from the approvals subgraph; null when there is none. Null, with a typed error beside the rest of the answer, when the caller may not see it or the approvals subgraph is down. */
  task?: Maybe<Task>;
  /** The task concerned, when there is one. */
  taskId?: Maybe<Scalars['ID']['output']>;
};

/** A page of violation entries. */
export type ViolationConnection = {
  __typename?: 'ViolationConnection';
  /** The violation entries on this page with their cursors. */
  edges: Array<ViolationEdge>;
  /** The violation entries on this page, in order. */
  nodes: Array<Violation>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many violation entries the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One violation in a page, with its cursor. */
export type ViolationEdge = {
  __typename?: 'ViolationEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The violation. */
  node: Violation;
};

/** What rule an act broke. */
export type ViolationKind =
  /** An act (refused) by a person the center's staff registry does not register for that role in that department. */
  | 'ACT_BY_UNREGISTERED_STAFF'
  /** An act (refused) by staff on another department's work. */
  | 'ACT_OUTSIDE_DEPARTMENT'
  /** An act, or an attempt the hub refused, by a person holding no valid work permit at the time. */
  | 'ACT_WITHOUT_PERMIT'
  /** A material a case was accepted without under commitment (容缺受理) was still not verified when its deadline passed. */
  | 'COMMITMENT_OVERDUE'
  /** A fee charged that is not an approved fee catalog entry. */
  | 'FEE_OUTSIDE_CATALOG'
  /** A step taken after the task's time limit ran out. */
  | 'LATE_STEP'
  /** A licence or decision for a case or task the hub never handled. */
  | 'OFF_SYSTEM_HANDLING'
  /** A rejection that gives no reasons. */
  | 'REJECTION_WITHOUT_REASONS'
  /** A sign-off by someone other than the department's authorized chief representative for the item. */
  | 'SIGN_BY_UNAUTHORIZED'
  /** A task signed off with no review recorded before. */
  | 'SIGN_WITHOUT_REVIEW'
  /** A sign-off sealed with an approval seal the center had revoked before it; the joint approval refused it. */
  | 'SIGN_WITH_REVOKED_SEAL';

/** How close a case or task is to its time limit. */
export type WarningLevel =
  /** Within its time limit, with more days left than the yellow threshold. */
  | 'GREEN'
  /** Past its time limit: overdue. */
  | 'RED'
  /** Within its time limit, with at most the yellow threshold days left. */
  | 'YELLOW';

/** A yellow or red card, as it is raised. */
export type WarningUpdate = {
  __typename?: 'WarningUpdate';
  /** When it was raised. */
  at: Scalars['DateTimeISO']['output'];
  /** The case concerned. */
  caseId: Scalars['ID']['output'];
  /** Case number. */
  caseReference: Scalars['String']['output'];
  /** The department, for a task warning. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** YELLOW or RED. */
  level: WarningLevel;
  /** Id of the case or task. */
  subjectId: Scalars['ID']['output'];
  /** Whether a case or a task reached the level. */
  subjectKind: ClockSubjectKind;
  /** Id of the warning. */
  warningId: Scalars['ID']['output'];
  /** Working days left when raised (negative: overdue). */
  workingDaysLeft: Scalars['Int']['output'];
};

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday (a working day only when made up). */
  | 'SATURDAY'
  /** Sunday (a working day only when made up). */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A numbered window of the service center where applicants hand in applications. */
export type Window = {
  __typename?: 'Window';
  /** When the window was set up. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The department a DEPARTMENT window is assigned to. */
  department?: Maybe<Department>;
  /** Whether it serves one department or several. */
  kind: WindowKind;
  /** Name of the window, e.g. `Investment projects`. */
  name: Scalars['String']['output'];
  /** Number shown above the window. */
  number: Scalars['Int']['output'];
  /** Which department staffs a COMPREHENSIVE window on which days. */
  shares: Array<WindowShare>;
};

/** An application a window clerk accepts at a window for an applicant. */
export type WindowApplicationInput = {
  /** The applicant the clerk applies for. */
  applicantId: Scalars['ID']['input'];
  /** A key the client chooses once per application (1 to 100 characters): sending the same key again returns the same case instead of a second one. */
  idempotencyKey: Scalars['String']['input'];
  /** Code of the bundle or item. */
  subjectCode: Scalars['ID']['input'];
  /** Whether it is for a bundle or a single item. */
  subjectKind: SubjectKind;
  /** What is applied for, in the applicant's words (1 to 200 characters). */
  title: Scalars['String']['input'];
};

/** Whom a window of the service center serves. */
export type WindowKind =
  /** Shared by small departments, each on its set days. */
  | 'COMPREHENSIVE'
  /** Assigned to one department, every working day. */
  | 'DEPARTMENT';

/** The days one department staffs a comprehensive window. */
export type WindowShare = {
  __typename?: 'WindowShare';
  /** The department at the window. */
  department: Department;
  /** Days of the week the department is at the window. */
  weekdays: Array<Weekday>;
};

/** The days one department staffs a comprehensive window. */
export type WindowShareInput = {
  /** Department code. */
  departmentCode: Scalars['String']['input'];
  /** Days of the week the department is at the window. */
  weekdays: Array<Weekday>;
};

/** A work permit the center issued: without a valid one, staff may not act. */
export type WorkPermit = {
  __typename?: 'WorkPermit';
  /** Last day of validity (ISO date). */
  expiresOn: Scalars['Date']['output'];
  /** First day of validity (ISO date). */
  issuedOn: Scalars['Date']['output'];
  /** Number printed on the permit. */
  number: Scalars['ID']['output'];
  /** Why the center revoked it. */
  revokeReason?: Maybe<Scalars['String']['output']>;
  /** When the center revoked it. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the permit lets its holder act today. */
  valid: Scalars['Boolean']['output'];
};

export type DrcDeskTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type DrcDeskTasksQuery = { __typename: 'Query', tasks?: { __typename: 'DrcReviewConnection', nodes: Array<{ __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null }> } | null };

export type DrcDeskAcceptMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type DrcDeskAcceptMutation = { __typename: 'Mutation', result?: { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type DrcDeskReviewMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type DrcDeskReviewMutation = { __typename: 'Mutation', result?: { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type DrcDeskMeetingMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
}>;


export type DrcDeskMeetingMutation = { __typename: 'Mutation', result?: { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type DrcDeskSupplementMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  requests: Array<DepartmentSupplementRequestInput> | DepartmentSupplementRequestInput;
}>;


export type DrcDeskSupplementMutation = { __typename: 'Mutation', result?: { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type DrcDeskRejectMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  reasons: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type DrcDeskRejectMutation = { __typename: 'Mutation', result?: { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type DrcDeskSignMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type DrcDeskSignMutation = { __typename: 'Mutation', result?: { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type NrpDeskTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type NrpDeskTasksQuery = { __typename: 'Query', tasks?: { __typename: 'NrpReviewConnection', nodes: Array<{ __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null }> } | null };

export type NrpDeskAcceptMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type NrpDeskAcceptMutation = { __typename: 'Mutation', result?: { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type NrpDeskReviewMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type NrpDeskReviewMutation = { __typename: 'Mutation', result?: { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type NrpDeskMeetingMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
}>;


export type NrpDeskMeetingMutation = { __typename: 'Mutation', result?: { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type NrpDeskSupplementMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  requests: Array<DepartmentSupplementRequestInput> | DepartmentSupplementRequestInput;
}>;


export type NrpDeskSupplementMutation = { __typename: 'Mutation', result?: { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type NrpDeskRejectMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  reasons: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type NrpDeskRejectMutation = { __typename: 'Mutation', result?: { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type NrpDeskSignMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type NrpDeskSignMutation = { __typename: 'Mutation', result?: { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type EebDeskTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type EebDeskTasksQuery = { __typename: 'Query', tasks?: { __typename: 'EebReviewConnection', nodes: Array<{ __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null }> } | null };

export type EebDeskAcceptMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type EebDeskAcceptMutation = { __typename: 'Mutation', result?: { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type EebDeskReviewMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type EebDeskReviewMutation = { __typename: 'Mutation', result?: { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type EebDeskMeetingMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
}>;


export type EebDeskMeetingMutation = { __typename: 'Mutation', result?: { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type EebDeskSupplementMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  requests: Array<DepartmentSupplementRequestInput> | DepartmentSupplementRequestInput;
}>;


export type EebDeskSupplementMutation = { __typename: 'Mutation', result?: { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type EebDeskRejectMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  reasons: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type EebDeskRejectMutation = { __typename: 'Mutation', result?: { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type EebDeskSignMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type EebDeskSignMutation = { __typename: 'Mutation', result?: { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type HcbDeskTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type HcbDeskTasksQuery = { __typename: 'Query', tasks?: { __typename: 'HcbReviewConnection', nodes: Array<{ __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null }> } | null };

export type HcbDeskAcceptMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type HcbDeskAcceptMutation = { __typename: 'Mutation', result?: { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type HcbDeskReviewMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type HcbDeskReviewMutation = { __typename: 'Mutation', result?: { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type HcbDeskMeetingMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
}>;


export type HcbDeskMeetingMutation = { __typename: 'Mutation', result?: { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type HcbDeskSupplementMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  requests: Array<DepartmentSupplementRequestInput> | DepartmentSupplementRequestInput;
}>;


export type HcbDeskSupplementMutation = { __typename: 'Mutation', result?: { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type HcbDeskRejectMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  reasons: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type HcbDeskRejectMutation = { __typename: 'Mutation', result?: { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type HcbDeskSignMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type HcbDeskSignMutation = { __typename: 'Mutation', result?: { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type AmrDeskTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type AmrDeskTasksQuery = { __typename: 'Query', tasks?: { __typename: 'AmrReviewConnection', nodes: Array<{ __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null }> } | null };

export type AmrDeskAcceptMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type AmrDeskAcceptMutation = { __typename: 'Mutation', result?: { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type AmrDeskReviewMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type AmrDeskReviewMutation = { __typename: 'Mutation', result?: { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type AmrDeskMeetingMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
}>;


export type AmrDeskMeetingMutation = { __typename: 'Mutation', result?: { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type AmrDeskSupplementMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  requests: Array<DepartmentSupplementRequestInput> | DepartmentSupplementRequestInput;
}>;


export type AmrDeskSupplementMutation = { __typename: 'Mutation', result?: { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type AmrDeskRejectMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  reasons: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AmrDeskRejectMutation = { __typename: 'Mutation', result?: { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

export type AmrDeskSignMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type AmrDeskSignMutation = { __typename: 'Mutation', result?: { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null } | null };

type DeskReview_AmrReview_Fragment = { __typename: 'AmrReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null };

type DeskReview_DrcReview_Fragment = { __typename: 'DrcReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null };

type DeskReview_EebReview_Fragment = { __typename: 'EebReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null };

type DeskReview_HcbReview_Fragment = { __typename: 'HcbReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null };

type DeskReview_NrpReview_Fragment = { __typename: 'NrpReview', id: string, caseId: string, caseReference: string, status: DepartmentReviewStatus, deadlineOn: string, openedAt: string, pausedSince?: string | null, acceptedBy?: string | null, reviewedBy?: string | null, opinion?: string | null, decidedBy?: string | null, rejectionReasons: Array<string>, meetingRequired: boolean, materialTypeCodes: Array<string>, meeting?: { __typename: 'DepartmentMeeting', heldOn: string, minutes: string } | null, supplementRequests: Array<{ __typename: 'DepartmentSupplementRequest', materialTypeCode: string, reason: string }>, items: Array<{ __typename: 'DepartmentReviewItem', code: string, name: string }>, timeline: Array<{ __typename: 'DepartmentReviewStep', id: string, kind: DepartmentStepKind, by?: string | null, at: string, note?: string | null }>, licence?: { __typename: 'DepartmentLicence', serial: string } | null };

export type DeskReviewFragment = DeskReview_AmrReview_Fragment | DeskReview_DrcReview_Fragment | DeskReview_EebReview_Fragment | DeskReview_HcbReview_Fragment | DeskReview_NrpReview_Fragment;

export type UploadMaterialMutationVariables = Exact<{
  applicantId: Scalars['ID']['input'];
  materialTypeCode: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
}>;


export type UploadMaterialMutation = { __typename: 'Mutation', uploadMaterial?: { __typename: 'Material', id: string, status: MaterialStatus } | null };

export type ApplicantHomeQueryVariables = Exact<{
  ownRecords: Scalars['Boolean']['input'];
}>;


export type ApplicantHomeQuery = { __typename: 'Query', myApplicant?: { __typename: 'Applicant', id: string, name: string, identifier: string, materials?: { __typename: 'MaterialConnection', nodes: Array<{ __typename: 'Material', id: string, status: MaterialStatus, fileName?: string | null, submittedAt: string, materialType: { __typename: 'MaterialType', code: string, name: string }, review?: { __typename: 'MaterialReview', decision: ReviewDecision, problems: Array<string>, reviewerName?: string | null } | null }> }, contentReads?: { __typename: 'ContentReadConnection', nodes: Array<{ __typename: 'ContentRead', id: string, purpose: ReadPurpose, readerName?: string | null, readerSubject: string, readAt: string, department?: { __typename: 'Department', code: string } | null, material: { __typename: 'Material', materialType: { __typename: 'MaterialType', code: string } } }> } } | null, materialTypes?: { __typename: 'MaterialTypeConnection', nodes: Array<{ __typename: 'MaterialType', code: string, name: string }> } | null, bundles?: { __typename: 'BundleConnection', nodes: Array<{ __typename: 'Bundle', code: string, name: string, description: string, timeLimitDays: number, departments: Array<{ __typename: 'Department', code: string, name: string }> }> } | null };

export type MyCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCasesQuery = { __typename: 'Query', myCases?: { __typename: 'CaseConnection', nodes: Array<{ __typename: 'Case', id: string, reference: string, title: string, status: CaseStatus, deadlineOn?: string | null }> } | null };

export type ApplyOnlineMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type ApplyOnlineMutation = { __typename: 'Mutation', applyOnline?: { __typename: 'Case', id: string, reference: string, status: CaseStatus } | null };

export type RateCaseMutationVariables = Exact<{
  input: RateCaseInput;
}>;


export type RateCaseMutation = { __typename: 'Mutation', rateCase?: { __typename: 'ServiceRating', score: number } | null };

export type RegisterMyApplicantMutationVariables = Exact<{
  input: RegisterApplicantInput;
}>;


export type RegisterMyApplicantMutation = { __typename: 'Mutation', registerApplicant?: { __typename: 'Applicant', id: string, name: string, identifier: string } | null };

export type BoardQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardQuery = { __typename: 'Query', caseBoard?: { __typename: 'BoardSummary', byStatus: Array<{ __typename: 'StatusCount', status: CaseStatus, count: number }>, byLevel: Array<{ __typename: 'LevelCount', level: WarningLevel, count: number }>, bottlenecks: Array<{ __typename: 'DepartmentLoad', departmentCode: string, openTasks: number, yellowTasks: number, redTasks: number, pausedTasks: number }> } | null, supervisedCases?: { __typename: 'SupervisedCaseConnection', totalCount: number, nodes: Array<{ __typename: 'SupervisedCase', id: string, reference: string, subjectCode: string, status: CaseStatus, level: WarningLevel, departmentCodes: Array<string>, submittedAt: string, clock?: { __typename: 'ClockReading', usedDays: number, leftDays: number, limitDays: number, paused: boolean } | null, tasks: Array<{ __typename: 'SupervisedTask', id: string, departmentCode: string, status: SupervisedTaskStatus, level: WarningLevel }> }> } | null };

export type CaseUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaseUpdatesSubscription = { __typename?: 'Subscription', caseStatusChanged: { __typename: 'CaseStatusUpdate', caseId: string, reference: string, status: CaseStatus, eventPosition: string, at: string } };

export type WarningUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WarningUpdatesSubscription = { __typename?: 'Subscription', warningRaised: { __typename: 'WarningUpdate', warningId: string, caseId: string, caseReference: string, departmentCode?: string | null, level: WarningLevel, workingDaysLeft: number, at: string } };

export type CaseDossierQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDossierQuery = { __typename: 'Query', case?: { __typename: 'Case', id: string, reference: string, title: string, status: CaseStatus, channel: CaseChannel, subjectCode: string, deadlineOn?: string | null, acceptedAt?: string | null, closedAt?: string | null, notice: Array<{ __typename: 'NoticeEntry', materialTypeCode: string, state: string, problems: Array<string> }>, commitment?: { __typename: 'Commitment', materialTypeCodes: Array<string>, deadlineOn: string } | null, tasks: Array<{ __typename: 'Task', id: string, status: TaskStatus, deadlineOn: string, reasons: Array<string>, department?: { __typename: 'Department', code: string, name: string } | null, clock: { __typename: 'Clock', limitDays: number, usedDays: number, leftDays: number, paused: boolean, overdue: boolean }, supplementRequests: Array<{ __typename: 'SupplementRequest', materialTypeCode: string, reason: string }>, licence?: { __typename: 'Licence', serial: string } | null }>, licences: Array<{ __typename: 'Licence', serial: string, itemCode: string, signatureValid: boolean, deliveredAt?: string | null, department?: { __typename: 'Department', code: string, name: string } | null }>, timeline: { __typename: 'TimelineEntryConnection', nodes: Array<{ __typename: 'TimelineEntry', id: string, kind: TimelineKind, at: string, by?: string | null, summary: string, department?: { __typename: 'Department', code: string } | null }> } } | null };

export type SupplySupplementMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type SupplySupplementMutation = { __typename: 'Mutation', supplySupplement?: { __typename: 'Task', id: string, status: TaskStatus } | null };

export type WithdrawCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type WithdrawCaseMutation = { __typename: 'Mutation', withdrawCase?: { __typename: 'Case', id: string, status: CaseStatus } | null };

export type DeskCaseMaterialsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type DeskCaseMaterialsQuery = { __typename: 'Query', case?: { __typename: 'Case', id: string, applicant?: { __typename: 'Applicant', id: string, materials: { __typename: 'MaterialConnection', nodes: Array<{ __typename: 'Material', id: string, fileName?: string | null, status: MaterialStatus, materialType: { __typename: 'MaterialType', code: string, name: string } }> } } | null } | null };

export type DeskMaterialContentQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type DeskMaterialContentQuery = { __typename: 'Query', materialContent?: { __typename: 'MaterialContent', base64: string, material: { __typename: 'Material', id: string, fileName?: string | null, contentType?: string | null } } | null };

export type FollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpsQuery = { __typename: 'Query', followUps?: { __typename: 'FollowUpConnection', nodes: Array<{ __typename: 'FollowUp', id: string, caseId: string, departmentCode: string, score: number, comment: string, openedAt: string, response?: string | null, respondedBy?: string | null, closedAt?: string | null }> } | null };

export type CloseFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  response: Scalars['String']['input'];
}>;


export type CloseFollowUpMutation = { __typename: 'Mutation', closeFollowUp?: { __typename: 'FollowUp', id: string, closedAt?: string | null } | null };

export type LicenceCheckQueryVariables = Exact<{
  serial: Scalars['String']['input'];
}>;


export type LicenceCheckQuery = { __typename: 'Query', licence?: { __typename: 'LicenceVerification', serial: string, title?: string | null, holderName?: string | null, departmentName?: string | null, issuedAt: string, validUntil?: string | null, signatureValid: boolean, expired: boolean, valid: boolean, items: Array<{ __typename: 'LicensedItem', code: string, name?: string | null }>, department?: { __typename: 'Department', code: string, name: string } | null } | null };

export type MaterialsAwaitingReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MaterialsAwaitingReviewQuery = { __typename: 'Query', materialsAwaitingReview?: { __typename: 'MaterialConnection', nodes: Array<{ __typename: 'Material', id: string, fileName?: string | null, submittedAt: string, materialType: { __typename: 'MaterialType', code: string, name: string }, applicant: { __typename: 'Applicant', name: string } }> } | null };

export type ReviewMaterialMutationVariables = Exact<{
  input: ReviewMaterialInput;
}>;


export type ReviewMaterialMutation = { __typename: 'Mutation', reviewMaterial?: { __typename: 'Material', id: string, status: MaterialStatus } | null };

export type SupervisionQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionQuery = { __typename: 'Query', violations?: { __typename: 'ViolationConnection', nodes: Array<{ __typename: 'Violation', id: string, kind: ViolationKind, caseId?: string | null, departmentCode?: string | null, person?: string | null, detectedAt: string }> } | null, clockWarnings?: { __typename: 'ClockWarningConnection', nodes: Array<{ __typename: 'ClockWarning', id: string, level: WarningLevel, subjectKind: ClockSubjectKind, caseId: string, departmentCode?: string | null, workingDaysLeft: number, deadlineOn: string, raisedAt: string }> } | null };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { __typename: 'Query', auditChainVerification?: { __typename: 'ChainVerification', valid: boolean, entriesChecked: number, firstBrokenSequence?: string | null, reason?: ChainBreak | null, headHash?: string | null } | null };

export type WindowHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type WindowHomeQuery = { __typename: 'Query', bundles?: { __typename: 'BundleConnection', nodes: Array<{ __typename: 'Bundle', code: string, name: string }> } | null };

export type RegisterApplicantMutationVariables = Exact<{
  input: RegisterApplicantInput;
}>;


export type RegisterApplicantMutation = { __typename: 'Mutation', registerApplicant?: { __typename: 'Applicant', id: string, name: string, identifier: string } | null };

export type WindowSlipFragment = { __typename: 'Case', id: string, reference: string, title: string, status: CaseStatus, deadlineOn?: string | null, notice: Array<{ __typename: 'NoticeEntry', materialTypeCode: string, state: string, problems: Array<string> }> };

export type ApplyAtWindowMutationVariables = Exact<{
  input: WindowApplicationInput;
}>;


export type ApplyAtWindowMutation = { __typename: 'Mutation', applyAtWindow?: { __typename: 'Case', id: string, reference: string, title: string, status: CaseStatus, deadlineOn?: string | null, notice: Array<{ __typename: 'NoticeEntry', materialTypeCode: string, state: string, problems: Array<string> }> } | null };

export type WindowCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WindowCaseQuery = { __typename: 'Query', case?: { __typename: 'Case', id: string, reference: string, title: string, status: CaseStatus, deadlineOn?: string | null, notice: Array<{ __typename: 'NoticeEntry', materialTypeCode: string, state: string, problems: Array<string> }> } | null };

export type ErrorCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorCodesQuery = { __typename: 'Query', errorCodes?: Array<{ __typename: 'ErrorCodeEntry', code: ErrorCode, meaning: string }> | null };

export const DeskReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DeskReviewFragment, unknown>;
export const WindowSlipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WindowSlip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<WindowSlipFragment, unknown>;
export const DrcDeskTasksDocument = {"__meta__":{"hash":"d58edb6486e11bb81b0f4e7f79534880283914afaaf99977d966779eb8c4a699"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrcDeskTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"drcTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskTasksQuery, DrcDeskTasksQueryVariables>;
export const DrcDeskAcceptDocument = {"__meta__":{"hash":"b5ade6adba797ae27a5d8b58d62cc0ba82135986fdf82a9118c1320d48cb0982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrcDeskAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"drcAcceptTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskAcceptMutation, DrcDeskAcceptMutationVariables>;
export const DrcDeskReviewDocument = {"__meta__":{"hash":"02bd45f26c6ef6956ce249e6a1850e856ccd215cab4f50a4da9d7b6657ca9d6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrcDeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"drcReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskReviewMutation, DrcDeskReviewMutationVariables>;
export const DrcDeskMeetingDocument = {"__meta__":{"hash":"83a625e8b4b45e80c2c3e6602b3dbaed9c67c29303143ccee4f0444b2f302c7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrcDeskMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"drcRecordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskMeetingMutation, DrcDeskMeetingMutationVariables>;
export const DrcDeskSupplementDocument = {"__meta__":{"hash":"7a0c738b3fa281b852489d03a596b7839a9ec2360c7a51341de6409a33d22504"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrcDeskSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSupplementRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"drcRequestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskSupplementMutation, DrcDeskSupplementMutationVariables>;
export const DrcDeskRejectDocument = {"__meta__":{"hash":"7bcbddf872b9a53836dec5ca534d65c06f66ff89491d67d7b4aecb2d66a83b3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrcDeskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"drcRejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskRejectMutation, DrcDeskRejectMutationVariables>;
export const DrcDeskSignDocument = {"__meta__":{"hash":"6caa1e688b5a848c77f06f9b82ddad24cf3c174f1acf6bbc68d7a0571a105b8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrcDeskSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"drcSignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<DrcDeskSignMutation, DrcDeskSignMutationVariables>;
export const NrpDeskTasksDocument = {"__meta__":{"hash":"843da1f75d23e7345bf53b129211fbc53916e8d41f55efdff126bfc6c5ce816c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NrpDeskTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"nrpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskTasksQuery, NrpDeskTasksQueryVariables>;
export const NrpDeskAcceptDocument = {"__meta__":{"hash":"0c3b399bd57259722836dc7f5489eb9d2dc901dc312eec85db71f13dc8bf7550"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NrpDeskAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"nrpAcceptTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskAcceptMutation, NrpDeskAcceptMutationVariables>;
export const NrpDeskReviewDocument = {"__meta__":{"hash":"1dea217b5c1720d48ebb39ce512b5dcc5d579ad69caf61f4729677c4e4b5fc3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NrpDeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"nrpReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskReviewMutation, NrpDeskReviewMutationVariables>;
export const NrpDeskMeetingDocument = {"__meta__":{"hash":"7a47ea4e2e1db2ee5cb6d1100e631d00650bff23632f61915ba90e2ccc26d0d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NrpDeskMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"nrpRecordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskMeetingMutation, NrpDeskMeetingMutationVariables>;
export const NrpDeskSupplementDocument = {"__meta__":{"hash":"df2fd18ab51e4bcb670dffe3871be9a0a7057c5184a8ce2611ab4f582a5ca5e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NrpDeskSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSupplementRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"nrpRequestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskSupplementMutation, NrpDeskSupplementMutationVariables>;
export const NrpDeskRejectDocument = {"__meta__":{"hash":"2a9f24047bb14306d219e04cf97c1ba534639579d93262c9705f5ac7feeb57b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NrpDeskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"nrpRejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskRejectMutation, NrpDeskRejectMutationVariables>;
export const NrpDeskSignDocument = {"__meta__":{"hash":"174e97b2f2a8bbd2923bb98c2601ba2f696d3cc15ef4ccd2e8fd9dd965af369a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NrpDeskSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"nrpSignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<NrpDeskSignMutation, NrpDeskSignMutationVariables>;
export const EebDeskTasksDocument = {"__meta__":{"hash":"d579ab1bfaed416849d3c370ec67cd3fe7b07ce9ce08c34617d4d29df4ef82b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EebDeskTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"eebTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskTasksQuery, EebDeskTasksQueryVariables>;
export const EebDeskAcceptDocument = {"__meta__":{"hash":"d2502e93aa087fc2f0a6670ca1b19b60a35f82c48a46cdd5a59971a056140dce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EebDeskAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"eebAcceptTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskAcceptMutation, EebDeskAcceptMutationVariables>;
export const EebDeskReviewDocument = {"__meta__":{"hash":"d5f3969b860394409603a009882e8610ea7d2593af3a4bf12a26bfaeb1b724b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EebDeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"eebReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskReviewMutation, EebDeskReviewMutationVariables>;
export const EebDeskMeetingDocument = {"__meta__":{"hash":"2b36b432fa263ba71959c31685dcb0504ae985476166c46a71a3e29250b7a641"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EebDeskMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"eebRecordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskMeetingMutation, EebDeskMeetingMutationVariables>;
export const EebDeskSupplementDocument = {"__meta__":{"hash":"cf323d02b9533a8a28795365a26febe087d5e609357fb57fce62d24f1d2816ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EebDeskSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSupplementRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"eebRequestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskSupplementMutation, EebDeskSupplementMutationVariables>;
export const EebDeskRejectDocument = {"__meta__":{"hash":"d0b4170c8ee35d70f45f3bbb08c87754a6596bfc4e8a675e0d52604d8b98d8f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EebDeskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"eebRejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskRejectMutation, EebDeskRejectMutationVariables>;
export const EebDeskSignDocument = {"__meta__":{"hash":"aa7e190e965930f87bab4a949a7897bd3db757cf92628eebc191e1b16d1160d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EebDeskSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"eebSignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<EebDeskSignMutation, EebDeskSignMutationVariables>;
export const HcbDeskTasksDocument = {"__meta__":{"hash":"df3905cc74e4b965801d321cbc45997ad3c0180a3ac777a737e5743f66ddb931"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HcbDeskTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"hcbTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskTasksQuery, HcbDeskTasksQueryVariables>;
export const HcbDeskAcceptDocument = {"__meta__":{"hash":"6f9d44f09431f8d85470cd19b6b99d30cb067cea3a5b1a70f2c2c62532e2e6ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HcbDeskAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"hcbAcceptTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskAcceptMutation, HcbDeskAcceptMutationVariables>;
export const HcbDeskReviewDocument = {"__meta__":{"hash":"4e9669891a62c6cfbffcb0136037f988fd442d5d2cca10f93d5d6e50a1339f88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HcbDeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"hcbReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskReviewMutation, HcbDeskReviewMutationVariables>;
export const HcbDeskMeetingDocument = {"__meta__":{"hash":"54bad25c7100ad27cbb24fa70e6a159b1c562208ec38a28739afdabef96f802c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HcbDeskMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"hcbRecordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskMeetingMutation, HcbDeskMeetingMutationVariables>;
export const HcbDeskSupplementDocument = {"__meta__":{"hash":"8e0b5580b1fbc844795bc238809a61a6bb53b2018079a9d3c8f5ce21071b876b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HcbDeskSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSupplementRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"hcbRequestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskSupplementMutation, HcbDeskSupplementMutationVariables>;
export const HcbDeskRejectDocument = {"__meta__":{"hash":"d996d4e4f5938c7097f730db6a6a5baabbd80caa78f1d10891b86350fcf7ff66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HcbDeskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"hcbRejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskRejectMutation, HcbDeskRejectMutationVariables>;
export const HcbDeskSignDocument = {"__meta__":{"hash":"ff56963c216bc8dba9458e006b9b6f4b7dd514d97bb395f08509bee7f946fb60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HcbDeskSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"hcbSignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<HcbDeskSignMutation, HcbDeskSignMutationVariables>;
export const AmrDeskTasksDocument = {"__meta__":{"hash":"6e79da8152a3bfe5fcac4d6d770fcb1f72db5c0de19b09365582176bcf99e949"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmrDeskTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"amrTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskTasksQuery, AmrDeskTasksQueryVariables>;
export const AmrDeskAcceptDocument = {"__meta__":{"hash":"e8cb01b16483c5a7d2539da1703509b02da664b4ba0c0e3755c7d204bc4af1ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmrDeskAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"amrAcceptTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskAcceptMutation, AmrDeskAcceptMutationVariables>;
export const AmrDeskReviewDocument = {"__meta__":{"hash":"e34a8677b6d5912ac119dd819b7a711a6d3b1aa2a224720015b81ff14bf1c222"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmrDeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"amrReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskReviewMutation, AmrDeskReviewMutationVariables>;
export const AmrDeskMeetingDocument = {"__meta__":{"hash":"851d35857b14e98f1ef60c71f6ee2a9db2b908eb8c5e1f343acb2d81f4e0236d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmrDeskMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"amrRecordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskMeetingMutation, AmrDeskMeetingMutationVariables>;
export const AmrDeskSupplementDocument = {"__meta__":{"hash":"c34831634f1269865a89aabf984709d5632bd9b0dbb2dd2777f7b4358095171a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmrDeskSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentSupplementRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"amrRequestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskSupplementMutation, AmrDeskSupplementMutationVariables>;
export const AmrDeskRejectDocument = {"__meta__":{"hash":"4005276d30dacace6797c0f6ab4a5cfe29940de86177b645597629e82f9cf951"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmrDeskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"amrRejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskRejectMutation, AmrDeskRejectMutationVariables>;
export const AmrDeskSignDocument = {"__meta__":{"hash":"5ee8aa813af1861491e9e4a3081732f4acc0475816fc28f3aae6d789ea9456ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmrDeskSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"amrSignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedSince"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}}]} as unknown as DocumentNode<AmrDeskSignMutation, AmrDeskSignMutationVariables>;
export const UploadMaterialDocument = {"__meta__":{"hash":"88535b43e539c22cbf987d4c861965cb2292f63329a8003805c511788192f0e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialTypeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"materialTypeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialTypeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UploadMaterialMutation, UploadMaterialMutationVariables>;
export const ApplicantHomeDocument = {"__meta__":{"hash":"c07263e07f5acc1da3ab2835e00afb3285a95b1ebcd415c1187f4d2ab28a0fe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownRecords"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myApplicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownRecords"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"materialType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentReads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownRecords"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"readerName"}},{"kind":"Field","name":{"kind":"Name","value":"readerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicantHomeQuery, ApplicantHomeQueryVariables>;
export const MyCasesDocument = {"__meta__":{"hash":"d06f37650591840e5e8a89ee62d9f188f769111abab5cc563cfab3676f16181b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}}]}}]}}]}}]} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const ApplyOnlineDocument = {"__meta__":{"hash":"424f09b06a30869c07fd1a8df629969af0e970f7875e29d291405a5ae332e23f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyOnline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyOnlineMutation, ApplyOnlineMutationVariables>;
export const RateCaseDocument = {"__meta__":{"hash":"57088bbf8633c4f4e8d6af42e2f0d9d040a51ca7eccbd48ba97a62f64ca163d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<RateCaseMutation, RateCaseMutationVariables>;
export const RegisterMyApplicantDocument = {"__meta__":{"hash":"cd1485a520691ac534c7cb1d984dedf727e221247a9ba79ee92e7ccdd417b91c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMyApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<RegisterMyApplicantMutation, RegisterMyApplicantMutationVariables>;
export const BoardDocument = {"__meta__":{"hash":"7f2f73d941d9072c5e356f87d2fd7ccc0c6bfd74cad6e81b72fe23021b6f1bb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"caseBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bottlenecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"yellowTasks"}},{"kind":"Field","name":{"kind":"Name","value":"redTasks"}},{"kind":"Field","name":{"kind":"Name","value":"pausedTasks"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usedDays"}},{"kind":"Field","name":{"kind":"Name","value":"leftDays"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const CaseUpdatesDocument = {"__meta__":{"hash":"32287ed177ede76684ef6b7485f27710b71b973138d95401ac321f961123b966"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eventPosition"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CaseUpdatesSubscription, CaseUpdatesSubscriptionVariables>;
export const WarningUpdatesDocument = {"__meta__":{"hash":"0583362d29fb7c247f7bc8476f83434207f5d0cdf9a7fdf83ed4da0b6a4200f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WarningUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"warningId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<WarningUpdatesSubscription, WarningUpdatesSubscriptionVariables>;
export const CaseDossierDocument = {"__meta__":{"hash":"497121746f486848d7110bfec5d102a7362facef2b3c673cf799f2d5a4a55495"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"usedDays"}},{"kind":"Field","name":{"kind":"Name","value":"leftDays"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDossierQuery, CaseDossierQueryVariables>;
export const SupplySupplementDocument = {"__meta__":{"hash":"4fee95c8503d702ecc5815c35f722b3550c5825775ae2c99dcf69b5982b02b9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupplySupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"supplySupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupplySupplementMutation, SupplySupplementMutationVariables>;
export const WithdrawCaseDocument = {"__meta__":{"hash":"c718b2e13cb7fe837be271af1f1dcba235a905738ba6b31d30f4eb520877a002"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawCaseMutation, WithdrawCaseMutationVariables>;
export const DeskCaseMaterialsDocument = {"__meta__":{"hash":"35d59738b0931692473e1c621ade69b1292e978ee7c72440b27845b76102ef2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskCaseMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"materialType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskCaseMaterialsQuery, DeskCaseMaterialsQueryVariables>;
export const DeskMaterialContentDocument = {"__meta__":{"hash":"6d49a4a71fc186161471e7133506bbad00390c79b16cae4ce600feb59c327c66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskMaterialContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<DeskMaterialContentQuery, DeskMaterialContentQueryVariables>;
export const FollowUpsDocument = {"__meta__":{"hash":"5cb49bf375614aa2b93710c5fa66b416db633629ffa54ce8364a0560820b7554"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpsQuery, FollowUpsQueryVariables>;
export const CloseFollowUpDocument = {"__meta__":{"hash":"46307fe4baf235b75078faaae24de6af0ade0399f1d5070a168f22b69b780d9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseFollowUpMutation, CloseFollowUpMutationVariables>;
export const LicenceCheckDocument = {"__meta__":{"hash":"bf59ba914aa3d077279edc622d7d68fc98d08f4f06bac3c7a4754186ea7c39b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serial"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serial"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<LicenceCheckQuery, LicenceCheckQueryVariables>;
export const MaterialsAwaitingReviewDocument = {"__meta__":{"hash":"cc232acc54dd861eec956a219d9134d122b1a0fd371ee0643b446ee3f5d11b36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialsAwaitingReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialsAwaitingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"materialType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaterialsAwaitingReviewQuery, MaterialsAwaitingReviewQueryVariables>;
export const ReviewMaterialDocument = {"__meta__":{"hash":"7f3e44517a5ea47cc1b6e1bf8653c8e63979ed84a0fde4bf88312752deccec84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewMaterialMutation, ReviewMaterialMutationVariables>;
export const SupervisionDocument = {"__meta__":{"hash":"9560ef44320bde0522ac37e0dcff729e4a07d51dafd817744979a135da73797f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clockWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionQuery, SupervisionQueryVariables>;
export const VerifyAuditChainDocument = {"__meta__":{"hash":"13bc375b9eb8b0209c7ec7bdf301a2a329a04e7dd09203055f598c4fda2fc27e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditChainVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSequence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const WindowHomeDocument = {"__meta__":{"hash":"d47460155eebbb767c40e449c55d25bf02ab25e266af6a84161921885a6de0cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WindowHomeQuery, WindowHomeQueryVariables>;
export const RegisterApplicantDocument = {"__meta__":{"hash":"bbeb1df0cb095ec8557d5de494782b9ebd0ee183c0b84305de2dddc4f73bef7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<RegisterApplicantMutation, RegisterApplicantMutationVariables>;
export const ApplyAtWindowDocument = {"__meta__":{"hash":"54bf61eaa6c13ea1b9ade8fa42f9eb1107c646d417a4bb14b35a9dd857ceae84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyAtWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyAtWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WindowSlip"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WindowSlip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<ApplyAtWindowMutation, ApplyAtWindowMutationVariables>;
export const WindowCaseDocument = {"__meta__":{"hash":"7b57b44b0567020fad65548aeef920a3b5dcbc35ad86ccc34b9c662ceb4979f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WindowSlip"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WindowSlip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineOn"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"materialTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<WindowCaseQuery, WindowCaseQueryVariables>;
export const ErrorCodesDocument = {"__meta__":{"hash":"5ae483b20785a4c81088afa8c67bb67fb47477e20363f370c0c17f6001311b1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errorCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}}]}}]} as unknown as DocumentNode<ErrorCodesQuery, ErrorCodesQueryVariables>;