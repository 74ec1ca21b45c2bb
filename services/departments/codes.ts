/**
 * Codes of the departments that have a subgraph, in the order of `index.ts`. The approvals
 * subgraph declares each one's review type (see `departmentReviewReferences`) without loading
 * the departments' code; `index.ts` checks the two lists agree.
 */
export const departmentCodes = ['DRC', 'NRP', 'EEB', 'HCB', 'AMR'] as const;
