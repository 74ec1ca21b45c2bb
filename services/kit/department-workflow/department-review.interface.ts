import type { GraphQLAbstractType, GraphQLResolveInfo } from 'graphql';
import { Field, InterfaceType } from 'type-graphql';
import { DepartmentTask } from './department-task.entity';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentLicence } from './department-licence.entity';
import {
  ApplicantLink,
  CaseLink,
  MaterialTypeLink,
  StaffMemberLink,
} from '../schema/entity-references';

/** What the links to other subgraphs' objects say of a caller they are kept from, once. */
const refusedOrDown =
  'Null, with a typed error beside the rest of the answer, when the caller may not see it or its subgraph is down.';

/**
 * The descriptions of the review's links to the objects its ids name, shared by the interface
 * and the department's type.
 */
export const reviewLinkDescriptions = {
  case: `The case the task belongs to (\`caseId\`), with the approvals subgraph's access rules (the case's applicant, the staff of departments with a task on it, the center and supervision). ${refusedOrDown}`,
  applicant: `The applicant of the case (\`applicantId\`), with the materials subgraph's access rules (the applicant itself and registered staff). ${refusedOrDown}`,
  materialTypes: `The material types the task needs (\`materialTypeCodes\`), in the same order. ${refusedOrDown}`,
  acceptedByStaff: `The member of staff who accepted the task (\`acceptedBy\`), from the center's registry, for people working in the hub (not applicants); null until accepted. ${refusedOrDown}`,
  reviewedByStaff: `The reviewer who last reviewed the task (\`reviewedBy\`), from the center's registry, for people working in the hub (not applicants); null until reviewed. ${refusedOrDown}`,
  decidedByStaff: `Who decided the task (\`decidedBy\`): the chief representative who signed or the member of staff who rejected, from the center's registry, for people working in the hub (not applicants); null until decided. ${refusedOrDown}`,
} as const;

/** One text for both declarations, so the composed description never depends on which wins. */
export const departmentReviewDescription =
  "A department's review of its task in a joint approval: the fields every department shares. Select them once with `... on DepartmentReview`; each department's type (`DrcReview`, ...) adds its own.";

/**
 * The department side of the `DepartmentReview` entity interface. Each department subgraph serves
 * exactly one implementation (its `<Code>Review`), so the type of any value is that one; the
 * approvals subgraph declares the interface's key and all five implementations (see
 * `review-reference.ts` and docs/joint-approval.md).
 */
@InterfaceType('DepartmentReview', {
  description: departmentReviewDescription,
  // Five departments' types implement this class; each subgraph must serve its own only.
  autoRegisterImplementations: false,
  resolveType: (_value: unknown, _context: unknown, info: GraphQLResolveInfo, type: unknown) =>
    info.schema.getPossibleTypes(type as GraphQLAbstractType)[0]?.name,
})
export abstract class DepartmentReview extends DepartmentTask {
  @Field(() => [DepartmentTaskStep], { description: 'Every step of the task, in order.' })
  timeline!: DepartmentTaskStep[];

  @Field(() => DepartmentLicence, {
    nullable: true,
    description: 'The sealed licence, once the chief representative signed.',
  })
  licence!: DepartmentLicence | null;

  @Field(() => CaseLink, { nullable: true, description: reviewLinkDescriptions.case })
  case!: CaseLink | null;

  @Field(() => ApplicantLink, { nullable: true, description: reviewLinkDescriptions.applicant })
  applicant!: ApplicantLink | null;

  @Field(() => [MaterialTypeLink], {
    nullable: true,
    description: reviewLinkDescriptions.materialTypes,
  })
  materialTypes!: MaterialTypeLink[] | null;

  @Field(() => StaffMemberLink, {
    nullable: true,
    description: reviewLinkDescriptions.acceptedByStaff,
  })
  acceptedByStaff!: StaffMemberLink | null;

  @Field(() => StaffMemberLink, {
    nullable: true,
    description: reviewLinkDescriptions.reviewedByStaff,
  })
  reviewedByStaff!: StaffMemberLink | null;

  @Field(() => StaffMemberLink, {
    nullable: true,
    description: reviewLinkDescriptions.decidedByStaff,
  })
  decidedByStaff!: StaffMemberLink | null;
}
