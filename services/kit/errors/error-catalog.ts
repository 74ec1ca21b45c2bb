/**
 * Every code an error's `extensions.code` may carry, with what it means: the schema's `ErrorCode`
 * enum is made from this list, `DomainError` accepts only its codes, and a test finds codes used
 * anywhere in the hub's source that are missing here. A new code is one line, in order.
 */
export const errorCatalog = {
  // Codes every subgraph and the gateway use.
  UNAUTHENTICATED: 'No valid token: sign in (again) and retry.',
  FORBIDDEN: 'The caller is signed in but its roles or scope do not allow this.',
  BAD_USER_INPUT: 'An argument is malformed or out of range; `details` names it when it can.',
  NOT_FOUND: 'What the request names does not exist; `details` says what and which key.',
  CONFLICT:
    'The request clashes with the current state, often a concurrent change; reread and retry.',
  INTERNAL_SERVER_ERROR:
    'Something failed inside the hub; the request changed nothing it did not acknowledge.',
  // The gateway's query limits and runtime.
  QUERY_TOO_DEEP: 'The query nests fields deeper than the gateway allows.',
  QUERY_TOO_LARGE: 'The query is longer or selects more fields than the gateway allows.',
  TOO_MANY_ALIASES: 'The query repeats fields under more aliases than the gateway allows.',
  QUERY_TOO_COSTLY:
    'The query asks for too much at once (list sizes times depth); ask for smaller pages.',
  RATE_LIMITED: 'The client asked for a field more often this minute than allowed; retry later.',
  TOO_MANY_INVALID_TOKENS:
    'Too many requests with an invalid token came from this address; retry in a minute.',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  PERSISTED_QUERY_ONLY: 'The gateway accepts only registered operations, sent by their id.',
  PERSISTED_QUERY_NOT_FOUND: 'No registered operation has the id sent.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not match the schema.',
  SHUTTING_DOWN:
    'The server is stopping and took no new request; retry, another replica or the restarted one answers.',
  INPUT_TOO_LARGE:
    'An argument is longer, or a list has more items, than the hub takes; `details` names it and the limit.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the gateway reads (HTTP 413).',
  DOWNSTREAM_SERVICE_ERROR:
    'A subgraph could not be reached or failed; what the other subgraphs hold is still answered, the failed part null.',
  GATEWAY_TIMEOUT:
    'A subgraph did not answer within the gateway’s time limit (HTTP 504); retry later.',
  DATABASE_TIMEOUT:
    'A statement, a lock wait or the wait for a database connection ran out of time; nothing was changed, retry.',
  DATABASE_UNAVAILABLE: 'The database is not reachable right now; nothing was changed, retry.',
  // Staff registry and department workflow (every department subgraph).
  NOT_OWN_DEPARTMENT: 'Staff may act only on their own department’s tasks.',
  NOT_REGISTERED_STAFF: 'The caller is not in the center’s staff registry.',
  PERMIT_INVALID: 'The caller’s work permit is missing, expired or revoked for this act.',
  NOT_AUTHORIZED_REPRESENTATIVE:
    'The caller is not the department’s authorized chief representative at this time.',
  NOT_DEPARTMENT_STAFF: 'The caller acts for no department.',
  STEP_OUT_OF_ORDER: 'The task is not in a status that allows this step.',
  STEP_NOT_PUBLISHED: 'No item of the task was published with this step.',
  REASONS_REQUIRED: 'A rejection or a return to review needs at least one reason, none blank.',
  MEETING_REQUIRED: 'An item of the task needs its meeting recorded before the sign-off.',
  MEETING_NOT_REQUIRED: 'No item of the task needs a meeting.',
  SEAL_NOT_READY:
    'The department has no live approval seal (none yet, or the center revoked it); its chief representative renews it.',
  SUPPLEMENT_NOT_NEEDED: 'A supplement may ask only for materials the task’s items need.',
  MATERIAL_ALREADY_VERIFIED:
    'The material was already reviewed and verified by its lead department, once for all.',
  FEE_OUTSIDE_CATALOG:
    'A sign-off charged a fee outside the case’s fee assessment (the approved fee catalog entries its items were published with); refused, and recorded by supervision as a violation.',
  // Center: departments, catalog, sections, windows, fees, staff, seals.
  DEPARTMENT_CODE_TAKEN: 'A department with this code already exists.',
  ITEM_CODE_TAKEN: 'An item with this code already exists.',
  ITEM_CHANGE_PENDING: 'Another version of the item is being changed or reviewed.',
  ITEM_NOT_IN_REVIEW: 'The item version is not proposed for legal review.',
  ITEM_NOT_APPROVED: 'The item version is not approved, so it cannot be published.',
  ITEM_NOT_PUBLISHED: 'Only published items may be used here.',
  ITEM_STEPS_INVALID:
    'An item’s steps start with one ACCEPT, end with one SIGN, and each has a name.',
  ITEM_TOO_MANY_STEPS: 'The item has more steps than the reform allows.',
  PROMISED_EXCEEDS_STATUTORY: 'The promised time limit exceeds the statutory one.',
  CORE_MATERIAL_CANNOT_BE_MISSING:
    'A core material cannot be accepted as missing under commitment.',
  RETURN_REASONS_REQUIRED: 'Returning an item needs a reason.',
  LEGAL_OFFICE_ONLY: 'Only the legal office may do this.',
  FEE_AUDITOR_ONLY: 'Only a fee auditor may do this.',
  FEE_NOT_IN_CATALOG: 'A fee named is not an approved entry of the fee catalog.',
  FEE_ENTRY_NOT_PROPOSED: 'The fee entry is not awaiting a decision.',
  FEE_ENTRY_IN_USE: 'The fee entry is still charged by an item.',
  BUNDLE_SINGLE_DEPARTMENT: 'A bundle joins items of at least two departments.',
  BUNDLE_PREREQUISITE_CYCLE: 'Items of the bundle wait for each other.',
  CROSS_DEPARTMENT_PREREQUISITE:
    'Inside a joint approval no department’s item may wait for another department’s decision.',
  SECTION_LIMIT_REACHED: 'The department already has as many approval sections as allowed.',
  SECTION_NOT_IN_DEPARTMENT: 'The section belongs to another department.',
  WINDOW_ASSIGNMENT_INVALID: 'A window’s departments and shares do not fit its kind.',
  PERMIT_ALREADY_REVOKED: 'The work permit is already revoked.',
  CHIEF_REPRESENTATIVE_ALREADY_ACTIVE:
    'The department already has a chief representative for that period.',
  AUTHORIZATION_ALREADY_REVOKED: 'The authorization is already revoked.',
  SEAL_ALREADY_ACTIVE: 'The department already has an active approval seal.',
  SEAL_ALREADY_REVOKED: 'The seal is already revoked.',
  SEAL_KEY_INVALID: 'The public key is not an Ed25519, EC or RSA public key.',
  SEAL_PRIVATE_KEY_REFUSED: 'A private key was sent; register only the public key.',
  // Materials.
  INVALID_CREDIT_CODE: 'Not a valid unified social credit code.',
  INVALID_ID_NUMBER: 'Not a valid resident ID number.',
  NO_APPLICANT_RECORD: 'The account acts for no registered applicant.',
  ALREADY_REGISTERED: 'The account already acts for, or has registered, an applicant.',
  LICENCE_NOT_UPLOADABLE: 'An electronic licence is issued by a sign-off, never uploaded.',
  SAME_AS_REJECTED: 'The file is the very version its lead department rejected.',
  UNKNOWN_MATERIAL_TYPE: 'A material type named does not exist.',
  MATERIAL_TYPE_CODE_TAKEN: 'A material type with this code already exists.',
  FILE_EMPTY: 'The uploaded file is empty.',
  FILE_TOO_LARGE: 'The uploaded file is larger than allowed.',
  CONTENT_TYPE_NOT_ALLOWED: 'Files of this content type are not accepted.',
  CONTENT_TYPE_MISMATCH: 'The file’s bytes do not match its declared content type.',
  FILE_ACTIVE_CONTENT:
    'The file carries HTML or script markup besides its declared type (a polyglot), or a PDF action that runs code.',
  ARCHIVE_TOO_LARGE: 'The archive (an OFD is a zip) expands past the size the hub accepts.',
  ARCHIVE_INVALID:
    'The archive is malformed, encrypted, ZIP64, uses another method than stored or deflate, or names a path outside itself.',
  ALREADY_REVIEWED: 'The material version was already reviewed, once for all.',
  MATERIAL_SUPERSEDED: 'A newer version replaced this material.',
  CASE_REQUIRED: 'Name the case the material is read for.',
  NO_OPEN_TASK: 'The department has no open task on the case that needs this material.',
  NO_STORED_CONTENT: 'The material is an electronic licence: no file is stored.',
  // Approvals and supervision.
  SUBJECT_NOT_PUBLISHED: 'The item or bundle applied for is not published.',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used for a different application.',
  CASE_CLOSED: 'The case is closed; it takes no more changes.',
  SUPPLEMENT_NOT_REQUESTED: 'No supplement is awaited on the task.',
  SUPPLEMENT_NOT_UPLOADED: 'No new version of a requested material arrived since the request.',
  NO_OPEN_COMMITMENT: 'No commitment holds the case back.',
  NOT_YOUR_CASE: 'Applicants may act only on their own cases.',
  CASE_NOT_DECIDED: 'Only a case the departments decided (completed or rejected) can be rated.',
  FOLLOW_UP_CLOSED: 'The follow-up is already closed.',
} as const satisfies Record<string, string>;

/** A code the hub may return in `extensions.code`. */
export type ErrorCode = keyof typeof errorCatalog;

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(errorCatalog, code);
