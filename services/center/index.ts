import type { SubgraphDefinition } from '../kit';
import { Bundle } from './bundle/bundle.entity';
import {
  BundlePrerequisiteResolver,
  BundleResolver,
  resolveBundleReference,
} from './bundle/bundle.resolver';
import { CalendarDay } from './calendar/calendar-day.entity';
import { CalendarResolver } from './calendar/calendar.resolver';
import { ChiefRepresentative } from './chief-representative/chief-representative.entity';
import { ChiefRepresentativeResolver } from './chief-representative/chief-representative.resolver';
import { ComplianceResolver } from './compliance/compliance.resolver';
import { Department } from './department/department.entity';
import { DepartmentFieldsResolver } from './department/department-fields.resolver';
import { DepartmentResolver, resolveDepartmentReference } from './department/department.resolver';
import { FeeEntry } from './fee/fee-entry.entity';
import { FeeEntryResolver } from './fee/fee-entry.resolver';
import { GuideResolver } from './guide/guide.resolver';
import { Item } from './item/item.entity';
import { ItemFee } from './item/item-fee.entity';
import { ItemLifecycleResolver } from './item/item-lifecycle.resolver';
import { ItemMaterial } from './item/item-material.entity';
import { ItemResolver, RequiredMaterialResolver, resolveItemReference } from './item/item.resolver';
import { migrations } from './migrations';
import { Seal } from './seal/seal.entity';
import { SealResolver } from './seal/seal.resolver';
import { sealGeneratedConsumer } from './seal/seal-generated.consumer';
import { Section } from './section/section.entity';
import { SectionResolver } from './section/section.resolver';
import { seedCenter } from './seed';
import { Evaluation } from './staff/evaluation.entity';
import { StaffMember } from './staff/staff-member.entity';
import {
  StaffResolver,
  WorkPermitResolver,
  resolveStaffMemberReference,
} from './staff/staff.resolver';
import { Training } from './staff/training.entity';
import { WorkPermit } from './staff/work-permit.entity';
import { ServiceWindow } from './window/window.entity';
import { WindowResolver, WindowShareResolver } from './window/window.resolver';
import { ErrorCodeResolver } from './error-code/error-code.resolver';

export const center: SubgraphDefinition = {
  name: 'center',
  port: 4001,
  schema: {
    resolvers: [
      DepartmentResolver,
      DepartmentFieldsResolver,
      SectionResolver,
      WindowResolver,
      WindowShareResolver,
      FeeEntryResolver,
      ItemResolver,
      RequiredMaterialResolver,
      ItemLifecycleResolver,
      BundleResolver,
      BundlePrerequisiteResolver,
      StaffResolver,
      WorkPermitResolver,
      ChiefRepresentativeResolver,
      SealResolver,
      CalendarResolver,
      GuideResolver,
      ComplianceResolver,
      ErrorCodeResolver,
    ],
    references: {
      Department: resolveDepartmentReference,
      Item: resolveItemReference,
      Bundle: resolveBundleReference,
      StaffMember: resolveStaffMemberReference,
    },
  },
  entities: [
    Department,
    Section,
    ServiceWindow,
    FeeEntry,
    Item,
    ItemMaterial,
    ItemFee,
    Bundle,
    StaffMember,
    WorkPermit,
    Training,
    Evaluation,
    ChiefRepresentative,
    Seal,
    CalendarDay,
  ],
  migrations,
  consumers: [sealGeneratedConsumer],
  seed: seedCenter,
};
