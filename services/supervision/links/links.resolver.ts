import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  ApplicantLink,
  CaseLink,
  DepartmentLink,
  MaterialTypeLink,
  StaffMemberLink,
  TaskLink,
  linkTo,
  staffMemberLink,
} from '../../kit';
import { SupervisedCase } from '../case/supervised-case.entity';
import { SupervisedTask } from '../task/supervised-task.entity';
import { FollowUp } from '../rating/follow-up.entity';
import { ClockWarning } from '../warning/clock-warning.entity';
import { Violation } from '../violation/violation.entity';

/**
 * The objects supervision's ids and codes name, beside them: supervision hands the gateway a
 * reference and the subgraph that owns the object resolves it (batched, with its own access
 * rules), so every link is null with a typed error when the owner refuses the caller or is down.
 */
const owned = (what: string, owner: string) =>
  `${what}. Null, with a typed error beside the rest of the answer, when the caller may not see it or the ${owner} is down.`;

const caseLink = owned(
  'The case itself (`caseId`), from the approvals subgraph',
  'approvals subgraph',
);
const departmentLink = owned('The department (`departmentCode`), from the center', 'center');

@Resolver(() => SupervisedCase)
export class SupervisedCaseLinks {
  @FieldResolver(() => CaseLink, {
    nullable: true,
    description: owned(
      'The case itself (`id`), with everything the approvals subgraph holds of it',
      'approvals subgraph',
    ),
  })
  case(@Root() root: SupervisedCase): CaseLink {
    return { id: root.id };
  }

  @FieldResolver(() => ApplicantLink, {
    nullable: true,
    description: owned(
      'The applicant the case is for (`applicantId`), from the materials subgraph',
      'materials subgraph',
    ),
  })
  applicant(@Root() root: SupervisedCase): ApplicantLink {
    return { id: root.applicantId };
  }

  @FieldResolver(() => [DepartmentLink], {
    nullable: true,
    description: owned(
      'The departments the case needs (`departmentCodes`), in the same order, from the center',
      'center',
    ),
  })
  departments(@Root() root: SupervisedCase): DepartmentLink[] {
    return root.departmentCodes.map((code) => ({ code }));
  }
}

@Resolver(() => SupervisedTask)
export class SupervisedTaskLinks {
  @FieldResolver(() => CaseLink, { nullable: true, description: caseLink })
  case(@Root() root: SupervisedTask): CaseLink {
    return { id: root.caseId };
  }

  @FieldResolver(() => TaskLink, {
    nullable: true,
    description: owned(
      "The joint approval's task itself (`id`), with its department's review, from the approvals subgraph",
      'approvals subgraph',
    ),
  })
  task(@Root() root: SupervisedTask): TaskLink {
    return { id: root.id };
  }

  @FieldResolver(() => DepartmentLink, { nullable: true, description: departmentLink })
  department(@Root() root: SupervisedTask): DepartmentLink {
    return { code: root.departmentCode };
  }

  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description: owned(
      "The reviewer (`reviewedBy`), from the center's registry of staff; null until reviewed",
      'center',
    ),
  })
  reviewedByStaff(@Root() root: SupervisedTask): StaffMemberLink | null {
    return staffMemberLink(root.reviewedBy);
  }

  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description: owned(
      "Who approved or rejected it (`decidedBy`), from the center's registry of staff; null until decided",
      'center',
    ),
  })
  decidedByStaff(@Root() root: SupervisedTask): StaffMemberLink | null {
    return staffMemberLink(root.decidedBy);
  }
}

@Resolver(() => FollowUp)
export class FollowUpLinks {
  @FieldResolver(() => CaseLink, { nullable: true, description: caseLink })
  case(@Root() root: FollowUp): CaseLink {
    return { id: root.caseId };
  }

  @FieldResolver(() => DepartmentLink, { nullable: true, description: departmentLink })
  department(@Root() root: FollowUp): DepartmentLink {
    return { code: root.departmentCode };
  }

  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description: owned(
      "Who responded (`respondedBy`), from the center's registry of staff; null while open",
      'center',
    ),
  })
  respondedByStaff(@Root() root: FollowUp): StaffMemberLink | null {
    return staffMemberLink(root.respondedBy);
  }
}

@Resolver(() => ClockWarning)
export class ClockWarningLinks {
  @FieldResolver(() => CaseLink, { nullable: true, description: caseLink })
  case(@Root() root: ClockWarning): CaseLink {
    return { id: root.caseId };
  }

  @FieldResolver(() => DepartmentLink, {
    nullable: true,
    description: owned(
      'The department (`departmentCode`) of a task warning, from the center; null for a case or commitment warning',
      'center',
    ),
  })
  department(@Root() root: ClockWarning): DepartmentLink | null {
    return linkTo('code', root.departmentCode);
  }

  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description: owned(
      'The material type (`materialTypeCode`) of a commitment warning, from the materials subgraph; null for a case or task warning',
      'materials subgraph',
    ),
  })
  materialType(@Root() root: ClockWarning): MaterialTypeLink | null {
    return linkTo('code', root.materialTypeCode);
  }
}

@Resolver(() => Violation)
export class ViolationLinks {
  @FieldResolver(() => CaseLink, {
    nullable: true,
    description: owned(
      'The case concerned (`caseId`), from the approvals subgraph; null when there is none',
      'approvals subgraph',
    ),
  })
  case(@Root() root: Violation): CaseLink | null {
    return linkTo('id', root.caseId);
  }

  @FieldResolver(() => TaskLink, {
    nullable: true,
    description: owned(
      'The task concerned (`taskId`), from the approvals subgraph; null when there is none',
      'approvals subgraph',
    ),
  })
  task(@Root() root: Violation): TaskLink | null {
    return linkTo('id', root.taskId);
  }

  @FieldResolver(() => DepartmentLink, {
    nullable: true,
    description: owned(
      'The department concerned (`departmentCode`), from the center; null when there is none',
      'center',
    ),
  })
  department(@Root() root: Violation): DepartmentLink | null {
    return linkTo('code', root.departmentCode);
  }

  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description: owned(
      "The person who acted (`person`) as the center's registry of staff knows them; null when unknown, and null with a NOT_FOUND error when the center never registered them (an act by someone it never registered is itself a violation)",
      'center',
    ),
  })
  personStaff(@Root() root: Violation): StaffMemberLink | null {
    return staffMemberLink(root.person);
  }
}

/** Every link resolver, for the subgraph's list; none reads the database. */
export const linkResolvers = [
  SupervisedCaseLinks,
  SupervisedTaskLinks,
  FollowUpLinks,
  ClockWarningLinks,
  ViolationLinks,
];
