import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kit';
import { ChiefRepresentative } from '../chief-representative/chief-representative.entity';
import { activeRepresentativeOf } from '../chief-representative/chief-representative.loader';
import { Seal } from '../seal/seal.entity';
import { activeSealOf } from '../seal/seal.loader';
import { Section } from '../section/section.entity';
import { sectionsOfDepartment } from '../section/section.loader';
import { ServiceWindow } from '../window/window.entity';
import { windowsOfDepartment } from '../window/window.loader';
import { Department } from './department.entity';

/** What the five ones say of a department, each through a per-request loader. */
@Resolver(() => Department)
export class DepartmentFieldsResolver {
  @FieldResolver(() => [Section], { description: 'Its approval sections (at most 3).' })
  sections(@Root() department: Department, @Ctx() context: RequestContext) {
    return sectionsOfDepartment(context).load(department.code);
  }

  @FieldResolver(() => ChiefRepresentative, {
    nullable: true,
    description: 'The chief representative authorization in force today, if any.',
  })
  chiefRepresentative(@Root() department: Department, @Ctx() context: RequestContext) {
    return activeRepresentativeOf(context).load(department.code);
  }

  @FieldResolver(() => Seal, { nullable: true, description: 'Its active approval seal, if any.' })
  seal(@Root() department: Department, @Ctx() context: RequestContext) {
    return activeSealOf(context).load(department.code);
  }

  @FieldResolver(() => [ServiceWindow], {
    description: 'The windows that take its applications: its own and shared ones.',
  })
  windows(@Root() department: Department, @Ctx() context: RequestContext) {
    return windowsOfDepartment(context).load(department.code);
  }
}
