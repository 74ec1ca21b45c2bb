/** The center's staff registry events, as the contract (services/contracts) states them. */
export {
  staffTopics,
  type PermitIssuedPayload,
  type PermitRevokedPayload,
  type RepresentativeAuthorizedPayload,
  type RepresentativeRevokedPayload,
  type StaffRegisteredPayload,
} from '../../contracts';
