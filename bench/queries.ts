/**
 * The requests the benchmarks send; each must answer with data (checked before measuring).
 * The dossier and the board are the front ends' heaviest reads, as the tests send them.
 */

export { dossierQuery } from '../operations/dossier';
export { boardQuery } from '../operations/board';

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
