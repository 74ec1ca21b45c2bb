/** What materials announces: the one-time prerequisite check of a case and material reviews. */

export type RequirementStatePayload =
  | 'VERIFIED'
  | 'PENDING'
  | 'MISSING'
  | 'REJECTED'
  | 'EXPIRED'
  | 'MISSING_UNDER_COMMITMENT'
  | 'PENDING_UNDER_COMMITMENT';

export interface PrerequisitesCheckedPayload {
  caseId: string;
  applicantId: string;
  /** The applicant's registered name, which licences print as their holder; null if unknown. */
  applicantName?: string | null;
  verdict: 'SATISFIED' | 'SATISFIED_UNDER_COMMITMENT' | 'UNSATISFIED';
  requirements: {
    materialTypeCode: string;
    state: RequirementStatePayload;
    materialVersionId: string | null;
    problems: string[];
  }[];
  at: string;
}

export interface MaterialReviewedPayload {
  materialId: string;
  applicantId: string;
  materialTypeCode: string;
  /** The lead department that reviewed it, once for all. */
  departmentCode: string;
  decision: 'VERIFIED' | 'REJECTED';
  problems: string[];
  validUntil: string | null;
  at: string;
}

/** A new version an applicant handed over (the bytes stay in materials). */
export interface MaterialSubmittedPayload {
  materialId: string;
  applicantId: string;
  materialTypeCode: string;
  version: number;
  submittedAt: string;
}

export interface MaterialsEvents {
  'materials.prerequisites.checked': PrerequisitesCheckedPayload;
  'materials.material.reviewed': MaterialReviewedPayload;
  'materials.material.submitted': MaterialSubmittedPayload;
}

export const materialsTopics = {
  prerequisitesChecked: 'materials.prerequisites.checked',
  materialReviewed: 'materials.material.reviewed',
  materialSubmitted: 'materials.material.submitted',
} as const satisfies Record<string, keyof MaterialsEvents>;
