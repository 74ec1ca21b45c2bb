import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role, type RequestContext } from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { createSection } from './create-section';
import { Section } from './section.entity';
import { CreateSectionInput } from './section.input';

@Resolver(() => Section)
export class SectionResolver {
  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Section, {
    description: 'Sets up an approval section; a department has at most 3 (SECTION_LIMIT_REACHED).',
  })
  createSection(
    @Arg('input', () => CreateSectionInput, { description: 'The section.' })
    input: CreateSectionInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Section> {
    return createSection(em, input);
  }

  @FieldResolver(() => Department, { description: 'The department the section belongs to.' })
  department(@Root() section: Section, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(section.departmentCode);
  }
}
