import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@urql/core';
import { graphql } from './gql';
import type { DeskReviewFragment } from './gql/graphql';

/** What every department's desk shows of a task: the shared DepartmentReview interface. */
export const DeskReview = graphql(`
  fragment DeskReview on DepartmentReview {
    __typename
    id
    caseId
    caseReference
    status
    deadlineOn
    openedAt
    pausedSince
    acceptedBy
    reviewedBy
    opinion
    decidedBy
    rejectionReasons
    meetingRequired
    meeting {
      heldOn
      minutes
    }
    materialTypeCodes
    supplementRequests {
      materialTypeCode
      reason
    }
    items {
      code
      name
    }
    timeline {
      id
      kind
      by
      at
      note
    }
    licence {
      serial
    }
  }
`);

const fragmentText = print(DeskReview);

/**
 * The department's field names follow one pattern (`drcTasks`, `drcAcceptTask`, ...), so one desk
 * serves every department: the operations are made for the signed-in person's department, and
 * every answer is read through the same fragment.
 */
export function deskOperations(departmentCode: string) {
  const d = departmentCode.toLowerCase();
  const op = <V>(text: string) =>
    parse(`${text}\n${fragmentText}`) as TypedDocumentNode<{ result: DeskReviewFragment }, V>;
  return {
    tasks: parse(
      `query DeskTasks { tasks: ${d}Tasks(first: 100) { nodes { ...DeskReview } } }\n${fragmentText}`,
    ) as TypedDocumentNode<{ tasks: { nodes: DeskReviewFragment[] } }>,
    accept: op<{ taskId: string }>(
      `mutation($taskId: ID!) { result: ${d}AcceptTask(taskId: $taskId) { ...DeskReview } }`,
    ),
    review: op<{ taskId: string; opinion: string }>(
      `mutation($taskId: ID!, $opinion: String!) { result: ${d}ReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }`,
    ),
    meeting: op<{ taskId: string; heldOn: string; minutes: string }>(
      `mutation($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: ${d}RecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }`,
    ),
    supplement: op<{ taskId: string; requests: { materialTypeCode: string; reason: string }[] }>(
      `mutation($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: ${d}RequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }`,
    ),
    reject: op<{ taskId: string; reasons: string[] }>(
      `mutation($taskId: ID!, $reasons: [String!]!) { result: ${d}RejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }`,
    ),
    sign: op<{ taskId: string }>(
      `mutation($taskId: ID!) { result: ${d}SignTask(taskId: $taskId) { ...DeskReview } }`,
    ),
  };
}
