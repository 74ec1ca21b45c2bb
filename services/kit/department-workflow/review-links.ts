import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  ItemLink,
  MaterialTypeLink,
  StaffMemberLink,
  staffMemberLink,
} from '../schema/entity-references';
import { DepartmentReviewItem } from './review-item';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentLicence } from './department-licence.entity';
import { DepartmentSupplementRequest } from './supplement-request';

/**
 * The links beside the codes and subjects inside a department's review (its items, steps,
 * licences and supplement requests): references the center and the materials subgraph resolve,
 * batched, with their own access rules. None reads the department's database.
 */
const unavailable = (owner: string) =>
  ` Null, with a typed error beside the rest of the answer, when the caller may not see it or the ${owner} is down.`;

@Resolver(() => DepartmentReviewItem)
export class DepartmentReviewItemLinks {
  @FieldResolver(() => ItemLink, {
    nullable: true,
    description:
      'The item of the power list in this version (`code`, `version`), with its legal basis, materials and fees, from the center.' +
      unavailable('center'),
  })
  item(@Root() item: DepartmentReviewItem): ItemLink {
    return { code: item.code, version: item.version };
  }
}

@Resolver(() => DepartmentTaskStep)
export class DepartmentReviewStepLinks {
  @FieldResolver(() => StaffMemberLink, {
    nullable: true,
    description:
      "The member of staff who acted (`by`), from the center's registry, for people working in the hub (not applicants); null for what the joint approval did." +
      unavailable('center'),
  })
  byStaff(@Root() step: DepartmentTaskStep): StaffMemberLink | null {
    return staffMemberLink(step.by);
  }
}

@Resolver(() => DepartmentLicence)
export class DepartmentLicenceLinks {
  @FieldResolver(() => ItemLink, {
    nullable: true,
    description:
      'The item version it licenses (`itemCode`, `itemVersion`), from the center.' +
      unavailable('center'),
  })
  item(@Root() licence: DepartmentLicence): ItemLink {
    return { code: licence.itemCode, version: licence.itemVersion };
  }

  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description:
      'The material type it becomes for later applications (`materialTypeCode`), from the materials subgraph.' +
      unavailable('materials subgraph'),
  })
  materialType(@Root() licence: DepartmentLicence): MaterialTypeLink {
    return { code: licence.materialTypeCode };
  }
}

@Resolver(() => DepartmentSupplementRequest)
export class DepartmentSupplementRequestLinks {
  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description:
      'The material type to supply (`materialTypeCode`), from the materials subgraph.' +
      unavailable('materials subgraph'),
  })
  materialType(@Root() request: DepartmentSupplementRequest): MaterialTypeLink {
    return { code: request.materialTypeCode };
  }
}

export const reviewLinkResolvers = [
  DepartmentReviewItemLinks,
  DepartmentReviewStepLinks,
  DepartmentLicenceLinks,
  DepartmentSupplementRequestLinks,
];
