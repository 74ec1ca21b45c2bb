import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseLink, StaffMemberLink, linkTo, staffMemberLink } from '../../kit';
import { ContentRead } from '../sharing/content-read.entity';
import { MaterialReview } from '../review/material-review.entity';
import { LicenceProvenance } from '../material/licence-provenance';

/**
 * The objects the materials subgraph's ids and subjects name, beside them: references the
 * approvals subgraph (cases) and the center (staff) resolve, batched, with their own access
 * rules. None reads this subgraph's database.
 */
const unavailable = (owner: string) =>
  ` Null, with a typed error beside the rest of the answer, when the caller may not see it or the ${owner} is down.`;

@Resolver(() => ContentRead)
export class ContentReadLinks {
  @FieldResolver(() => CaseLink, {
    nullable: true,
    description:
      'The case the content was read for (`caseId`), from the approvals subgraph; null for a read for the lead review.' +
      unavailable('approvals subgraph'),
  })
  case(@Root() read: ContentRead): CaseLink | null {
    return linkTo('id', read.caseId);
  }

  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description:
      "The member of staff who read it (`readerSubject`), from the center's registry, for people working in the hub (not applicants)." +
      unavailable('center'),
  })
  readerStaff(@Root() read: ContentRead): StaffMemberLink | null {
    return staffMemberLink(read.readerSubject);
  }
}

@Resolver(() => MaterialReview)
export class MaterialReviewLinks {
  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description:
      "The reviewer (`reviewerSubject`), from the center's registry, for people working in the hub (not applicants)." +
      unavailable('center'),
  })
  reviewerStaff(@Root() review: MaterialReview): StaffMemberLink | null {
    return staffMemberLink(review.reviewerSubject);
  }
}

@Resolver(() => LicenceProvenance)
export class LicenceProvenanceLinks {
  @FieldResolver(() => CaseLink, {
    nullable: true,
    description:
      'The case the licence was issued on (`caseId`), from the approvals subgraph, with its rules (the applicant, the staff of departments with a task on it, the center and supervision).' +
      unavailable('approvals subgraph'),
  })
  case(@Root() provenance: LicenceProvenance): CaseLink {
    return { id: provenance.caseId };
  }
}

export const linkResolvers = [ContentReadLinks, MaterialReviewLinks, LicenceProvenanceLinks];
