import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * The entities a subgraph links to without owning them: each is declared here by its key alone
 * (`resolvable: false`), so a field that returns one hands the gateway `{ __typename, ...key }`
 * and the owning subgraph resolves the rest through its reference resolver, with its own access
 * rules. Descriptions are the owner's, word for word, so composition never has to choose.
 * A field returning one of these is nullable (see `partial-results.ts`): the owner may be down
 * or may refuse the caller, and the rest of the answer stands.
 */

/** Approvals owns cases. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case', {
  description:
    'One application handled as one joint approval: accepted once, decided by every department in parallel, completed in one place.',
})
export class CaseLink {
  @Field(() => ID, { description: 'Opaque id of the case.' })
  id!: string;
}

/** Approvals owns the joint approval's tasks. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Task', {
  description: "A department's part of a case: its own clock, steps and decision.",
})
export class TaskLink {
  @Field(() => ID, { description: 'Opaque id of the task.' })
  id!: string;
}

/** Materials owns applicants. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Applicant', {
  description: 'An enterprise or person that applies for items and hands over materials once.',
})
export class ApplicantLink {
  @Field(() => ID, { description: 'Opaque id of the applicant.' })
  id!: string;
}

/** Materials owns material types. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('MaterialType', {
  description:
    'A kind of prerequisite material, entered once and reused by every department that needs it.',
})
export class MaterialTypeLink {
  @Field(() => ID, { description: 'Stable code of the material type, e.g. `BUSINESS_LICENCE`.' })
  code!: string;
}

/** The center owns its registry of staff. */
@Directive('@key(fields: "subject", resolvable: false)')
@ObjectType('StaffMember', {
  description:
    'A member of department staff the center registered to a department and approval section. Only people working in the hub (any role but applicant) see staff; permits, trainings and evaluations only the person and the center, coordinators and supervisors.',
})
export class StaffMemberLink {
  @Field(() => ID, {
    description: 'The stable id of the person, as their sign-in token names them.',
  })
  subject!: string;
}

/** The center owns departments. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Department', {
  description: 'A government department that approves items at the service center.',
})
export class DepartmentLink {
  @Field(() => ID, { description: 'Short code of the department, e.g. `DRC`; stable forever.' })
  code!: string;
}

/** The center owns the power list: an item version is named by code and version. */
@Directive('@key(fields: "code version", resolvable: false)')
@ObjectType('Item', {
  description:
    'One version of an item of the power list: an administrative power a department exercises at the service center.',
})
export class ItemLink {
  @Field(() => ID, { description: 'Code of the item, the same in every version, e.g. `DRC-001`.' })
  code!: string;

  @Field(() => Int, { description: 'Version number, from 1.' })
  version!: number;
}

/** The center owns bundles. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Bundle', {
  description:
    '"One thing": published items of several departments an applicant applies for at once, handled as one joint approval.',
})
export class BundleLink {
  @Field(() => ID, { description: 'Code of the bundle, e.g. `OPEN-A-BUSINESS`.' })
  code!: string;
}

/** The link beside a subject, or null when nobody took the step yet. */
export const staffMemberLink = (subject: string | null): StaffMemberLink | null =>
  subject ? { subject } : null;

/** The link beside an optional id or code: null where the id is. */
export const linkTo = <K extends string>(key: K, value: string | null) =>
  (value ? { [key]: value } : null) as Record<K, string> | null;
