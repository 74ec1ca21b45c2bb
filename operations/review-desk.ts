/**
 * A review desk's work list for any department: the cases' tasks with each department's review,
 * selected once through `DepartmentReview`.
 */
export const reviewDeskQuery = /* GraphQL */ `
  query ReviewDesk($first: Int!, $after: String) {
    cases(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        tasks {
          id
          department {
            code
            name
          }
          review {
            ...DeskReview
          }
        }
      }
    }
  }

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
    licence {
      serial
    }
  }
`;
