// Written by `npm run web:codegen` (scripts/desk-documents.ts) from the departments of
// services/departments/codes.ts; edit the script, not this file.
import { graphql } from './gql';

/** Every department desk's operations, by department code; answers read through `DeskReview`. */
export const deskDocuments = {
  DRC: {
    tasks: graphql(`query DrcDeskTasks { tasks: drcTasks(first: 100) { nodes { ...DeskReview } } }`),
    accept: graphql(`mutation DrcDeskAccept($taskId: ID!) { result: drcAcceptTask(taskId: $taskId) { ...DeskReview } }`),
    review: graphql(`mutation DrcDeskReview($taskId: ID!, $opinion: String!) { result: drcReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }`),
    meeting: graphql(`mutation DrcDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: drcRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }`),
    supplement: graphql(`mutation DrcDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: drcRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }`),
    reject: graphql(`mutation DrcDeskReject($taskId: ID!, $reasons: [String!]!) { result: drcRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }`),
    sign: graphql(`mutation DrcDeskSign($taskId: ID!) { result: drcSignTask(taskId: $taskId) { ...DeskReview } }`),
  },
  NRP: {
    tasks: graphql(`query NrpDeskTasks { tasks: nrpTasks(first: 100) { nodes { ...DeskReview } } }`),
    accept: graphql(`mutation NrpDeskAccept($taskId: ID!) { result: nrpAcceptTask(taskId: $taskId) { ...DeskReview } }`),
    review: graphql(`mutation NrpDeskReview($taskId: ID!, $opinion: String!) { result: nrpReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }`),
    meeting: graphql(`mutation NrpDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: nrpRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }`),
    supplement: graphql(`mutation NrpDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: nrpRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }`),
    reject: graphql(`mutation NrpDeskReject($taskId: ID!, $reasons: [String!]!) { result: nrpRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }`),
    sign: graphql(`mutation NrpDeskSign($taskId: ID!) { result: nrpSignTask(taskId: $taskId) { ...DeskReview } }`),
  },
  EEB: {
    tasks: graphql(`query EebDeskTasks { tasks: eebTasks(first: 100) { nodes { ...DeskReview } } }`),
    accept: graphql(`mutation EebDeskAccept($taskId: ID!) { result: eebAcceptTask(taskId: $taskId) { ...DeskReview } }`),
    review: graphql(`mutation EebDeskReview($taskId: ID!, $opinion: String!) { result: eebReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }`),
    meeting: graphql(`mutation EebDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: eebRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }`),
    supplement: graphql(`mutation EebDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: eebRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }`),
    reject: graphql(`mutation EebDeskReject($taskId: ID!, $reasons: [String!]!) { result: eebRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }`),
    sign: graphql(`mutation EebDeskSign($taskId: ID!) { result: eebSignTask(taskId: $taskId) { ...DeskReview } }`),
  },
  HCB: {
    tasks: graphql(`query HcbDeskTasks { tasks: hcbTasks(first: 100) { nodes { ...DeskReview } } }`),
    accept: graphql(`mutation HcbDeskAccept($taskId: ID!) { result: hcbAcceptTask(taskId: $taskId) { ...DeskReview } }`),
    review: graphql(`mutation HcbDeskReview($taskId: ID!, $opinion: String!) { result: hcbReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }`),
    meeting: graphql(`mutation HcbDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: hcbRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }`),
    supplement: graphql(`mutation HcbDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: hcbRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }`),
    reject: graphql(`mutation HcbDeskReject($taskId: ID!, $reasons: [String!]!) { result: hcbRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }`),
    sign: graphql(`mutation HcbDeskSign($taskId: ID!) { result: hcbSignTask(taskId: $taskId) { ...DeskReview } }`),
  },
  AMR: {
    tasks: graphql(`query AmrDeskTasks { tasks: amrTasks(first: 100) { nodes { ...DeskReview } } }`),
    accept: graphql(`mutation AmrDeskAccept($taskId: ID!) { result: amrAcceptTask(taskId: $taskId) { ...DeskReview } }`),
    review: graphql(`mutation AmrDeskReview($taskId: ID!, $opinion: String!) { result: amrReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }`),
    meeting: graphql(`mutation AmrDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: amrRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }`),
    supplement: graphql(`mutation AmrDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: amrRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }`),
    reject: graphql(`mutation AmrDeskReject($taskId: ID!, $reasons: [String!]!) { result: amrRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }`),
    sign: graphql(`mutation AmrDeskSign($taskId: ID!) { result: amrSignTask(taskId: $taskId) { ...DeskReview } }`),
  },
};
