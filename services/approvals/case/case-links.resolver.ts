import { FieldResolver, Resolver, Root } from 'type-graphql';
import { BundleLink, ItemLink, MaterialTypeLink } from '../../kit';
import { Licence } from '../licence/licence.entity';
import { Case } from './case.entity';
import { CaseItem } from './case-item';
import { CommittedMaterial } from './commitment';
import { MaterialRequirement } from './material-requirement';
import { NoticeEntry } from './notice-entry';
import { SubjectKind } from './subject-kind';

/**
 * The catalog objects a case's codes name, beside the codes: approvals hands the gateway a
 * reference and the center (items, bundles) or the materials subgraph (material types) resolves
 * it, batched, with its own access rules.
 */
const fromCenter = (what: string) =>
  `${what}. Null, with a typed error beside the rest of the answer, when the caller may not see it or the center is down.`;
const materialType = (what: string) =>
  `${what}, from the materials subgraph. Null, with a typed error beside the rest of the answer, when the caller may not see it or the materials subgraph is down.`;

@Resolver(() => Case)
export class CaseSubjectLinks {
  @FieldResolver(() => BundleLink, {
    nullable: true,
    description: fromCenter(
      'The bundle applied for (`subjectCode`), as the center publishes it now (a later version than `subjectVersion` once republished; `items` are the versions the case applies for); null for a case for a single item',
    ),
  })
  subjectBundle(@Root() kase: Case): BundleLink | null {
    return kase.subjectKind === SubjectKind.BUNDLE ? { code: kase.subjectCode } : null;
  }

  @FieldResolver(() => ItemLink, {
    nullable: true,
    description: fromCenter(
      'The item applied for, in the version applied under (`subjectCode`, `subjectVersion`), from the center; null for a case for a bundle',
    ),
  })
  subjectItem(@Root() kase: Case): ItemLink | null {
    return kase.subjectKind === SubjectKind.ITEM
      ? { code: kase.subjectCode, version: kase.subjectVersion }
      : null;
  }
}

@Resolver(() => CaseItem)
export class CaseItemLinks {
  @FieldResolver(() => ItemLink, {
    nullable: true,
    description: fromCenter(
      'The item of the power list in this version (`code`, `version`), with its legal basis, steps, materials and fees, from the center',
    ),
  })
  item(@Root() item: CaseItem): ItemLink {
    return { code: item.code, version: item.version };
  }
}

@Resolver(() => Licence)
export class LicenceLinks {
  @FieldResolver(() => ItemLink, {
    nullable: true,
    description: fromCenter(
      'The item version the licence was issued for (`itemCode`, `itemVersion`), from the center',
    ),
  })
  item(@Root() licence: Licence): ItemLink {
    return { code: licence.itemCode, version: licence.itemVersion };
  }

  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description: materialType(
      'The material type the licence becomes for later applications (`materialTypeCode`)',
    ),
  })
  materialType(@Root() licence: Licence): MaterialTypeLink {
    return { code: licence.materialTypeCode };
  }
}

@Resolver(() => MaterialRequirement)
export class CaseRequirementLinks {
  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description: materialType('The material type required (`materialTypeCode`)'),
  })
  materialType(@Root() requirement: MaterialRequirement): MaterialTypeLink {
    return { code: requirement.materialTypeCode };
  }
}

@Resolver(() => NoticeEntry)
export class NoticeEntryLinks {
  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description: materialType('The material type concerned (`materialTypeCode`)'),
  })
  materialType(@Root() entry: NoticeEntry): MaterialTypeLink {
    return { code: entry.materialTypeCode };
  }
}

@Resolver(() => CommittedMaterial)
export class CommittedMaterialLinks {
  @FieldResolver(() => MaterialTypeLink, {
    nullable: true,
    description: materialType('The material type committed to (`materialTypeCode`)'),
  })
  materialType(@Root() material: CommittedMaterial): MaterialTypeLink {
    return { code: material.materialTypeCode };
  }
}

/** Every link resolver of a case's codes; none reads the database. */
export const caseLinkResolvers = [
  CaseSubjectLinks,
  CaseItemLinks,
  LicenceLinks,
  CaseRequirementLinks,
  NoticeEntryLinks,
  CommittedMaterialLinks,
];
