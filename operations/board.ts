/** The coordinator board (supervision): every case with its clock, tasks and rating. */
export const boardQuery = /* GraphQL */ `
  query Board($first: Int!, $filter: CaseBoardFilter, $after: String) {
    supervisedCases(first: $first, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        reference
        status
        level
        departmentCodes
        clock {
          workingDaysUsed
          workingDaysLeft
          level
        }
        tasks {
          departmentCode
          status
          level
          clock {
            workingDaysLeft
          }
        }
        rating {
          score
        }
      }
    }
  }
`;
