import type { Client, OperationResult } from '@urql/core';
import { graphql } from './gql';
import type { DeskReviewFragment, ExampleReviewDeskQuery } from './gql/graphql';

/**
 * One fragment for every department: each department's review type implements
 * `DepartmentReview`, so a desk selects the shared fields once and shows any department's task.
 */
export const deskReviewFragment = graphql(`
  fragment DeskReview on DepartmentReview {
    __typename
    id
    caseReference
    status
    deadlineOn
    pausedSince
    items {
      code
      name
    }
  }
`);

export const reviewDeskDocument = graphql(`
  query ExampleReviewDesk($first: Int!, $after: String) {
    cases(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        tasks {
          department {
            code
          }
          review {
            ...DeskReview
          }
        }
      }
    }
  }
`);

/** A row of the desk: one department's task on one case. */
export interface DeskRow extends Omit<DeskReviewFragment, 'items'> {
  /** Null when the center could not name the department (a partial result). */
  departmentCode: string | null;
  itemCodes: string[];
}

/** The desk, and what the hub could not answer: a review it could not read leaves its row out. */
export interface ReviewDesk {
  rows: DeskRow[];
  problems: string[];
}

/** Every department's work the caller may see, page by page, soonest deadline first. */
export async function loadReviewDesk(client: Client, pageSize = 50): Promise<ReviewDesk> {
  const rows: DeskRow[] = [];
  const problems: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<ExampleReviewDeskQuery> = await client
      .query(reviewDeskDocument, { first: pageSize, after })
      .toPromise();
    // Partial results: some fields may fail while the rest answered.
    problems.push(...(result.error?.graphQLErrors ?? []).map((error) => error.message));
    const cases = result.data?.cases;
    if (!cases) throw result.error ?? new Error('The hub answered no cases.');
    for (const kase of cases.nodes) {
      for (const task of kase.tasks) {
        if (!task.review) continue;
        const { items, ...review } = task.review;
        rows.push({
          ...review,
          departmentCode: task.department?.code ?? null,
          itemCodes: items.map((item) => item.code),
        });
      }
    }
    if (!cases.pageInfo.hasNextPage) break;
    after = cases.pageInfo.endCursor ?? null;
  }
  rows.sort((a, b) => a.deadlineOn.localeCompare(b.deadlineOn));
  return { rows, problems };
}
