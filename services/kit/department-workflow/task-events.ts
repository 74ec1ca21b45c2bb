/** The joint-approval events a department follows and publishes, as services/contracts states them. */
export {
  approvalsTopics,
  departmentTopics,
  type ApprovedLicencePayload,
  type SignOffRefusedPayload,
  type SupplementSuppliedPayload,
  type TaskCancelledPayload,
  type TaskOpenedPayload,
} from '../../contracts';
