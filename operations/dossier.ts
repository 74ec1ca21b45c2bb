/**
 * The dossier: one case whole, across approvals, materials and center (applicant and materials,
 * items, every task with its department, clock, licence and timeline, and the case's timeline).
 */
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
