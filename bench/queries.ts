/**
 * The requests the benchmarks send; each must answer with data (checked before measuring).
 * The dossier and the board are the front ends' heaviest reads, as the tests send them.
 */

/** One case whole, across approvals, materials and center (test/e2e/approvals/dossier). */
export const dossierQuery = /* GraphQL */ `
  query Dossier($id: ID!) {
    case(id: $id) {
      reference
      status
      deadlineOn
      clock {
        usedDays
        leftDays
      }
      applicant {
        name
        identifier
        materials(first: 20, currentOnly: true) {
          totalCount
          nodes {
            status
            materialType {
              code
              name
            }
          }
        }
      }
      items {
        code
        version
        name
        department {
          name
        }
      }
      departments {
        code
        name
      }
      tasks {
        status
        deadlineOn
        department {
          code
          name
        }
        clock {
          usedDays
          leftDays
          pausedDays
          paused
        }
        licence {
          serial
          signatureValid
          department {
            name
          }
        }
        timeline {
          kind
          at
          by
        }
      }
      licences {
        serial
        contentSha256
      }
      timeline(first: 50) {
        totalCount
        nodes {
          kind
          at
          summary
          department {
            code
          }
          task {
            id
            status
          }
        }
      }
    }
  }
`;

/** The coordinator board (supervision), as test/e2e/supervision/board sends it. */
export const boardQuery = /* GraphQL */ `
  query Board($first: Int!) {
    supervisedCases(first: $first) {
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

/** The public catalog (center), as test/e2e/center/catalog-cost sends it. */
export const catalogQuery = /* GraphQL */ `
  query Catalog($first: Int!, $departmentCode: String) {
    items(first: $first, departmentCode: $departmentCode) {
      totalCount
      nodes {
        code
        department {
          name
        }
        section {
          code
          name
        }
        materials {
          core
          mayBeMissingAtAcceptance
          materialType {
            code
          }
        }
        fees {
          code
          name
          standard
        }
      }
    }
  }
`;

/** A list of cases with each department's name: approvals joined with center. */
export const casesQuery = /* GraphQL */ `
  query Cases {
    cases(first: 20) {
      nodes {
        reference
        status
        departments {
          code
          name
        }
      }
    }
  }
`;

/** Served by one subgraph alone (center), to measure what the gateway adds. */
export const singleSubgraphQuery = {
  subgraph: 'center',
  query: /* GraphQL */ `
    query Departments {
      departments(first: 20) {
        nodes {
          code
          name
          createdAt
        }
      }
    }
  `,
};
