import type { TypedDocumentNode } from '@urql/core';
import { graphql } from './gql';
import { deskDocuments } from './desk-documents';
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

/**
 * The department's field names follow one pattern (`drcTasks`, `drcAcceptTask`, ...), so one desk
 * serves every department: `desk-documents.ts` writes the operations out for each department
 * (static, so they are typed and registered as trusted documents), and every answer is read
 * through the same fragment.
 */
export function deskOperations(departmentCode: string) {
  const documents = deskDocuments[departmentCode as keyof typeof deskDocuments];
  if (!documents) throw new Error(`No desk for department ${departmentCode}.`);
  type Result<V> = TypedDocumentNode<{ result: DeskReviewFragment }, V>;
  return {
    tasks: documents.tasks as TypedDocumentNode<{ tasks: { nodes: DeskReviewFragment[] } }>,
    accept: documents.accept as Result<{ taskId: string }>,
    review: documents.review as Result<{ taskId: string; opinion: string }>,
    meeting: documents.meeting as Result<{ taskId: string; heldOn: string; minutes: string }>,
    supplement: documents.supplement as Result<{
      taskId: string;
      requests: { materialTypeCode: string; reason: string }[];
    }>,
    reject: documents.reject as Result<{ taskId: string; reasons: string[] }>,
    sign: documents.sign as Result<{ taskId: string }>,
  };
}
