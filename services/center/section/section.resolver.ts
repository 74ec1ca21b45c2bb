import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { clock, DomainError, Role, conflict, type RequestContext } from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { lockDepartment } from '../department/lock-department';
import { Section, maxSectionsPerDepartment } from './section.entity';

@InputType({ description: 'A new approval section.' })
export class CreateSectionInput {
  @Field({ description: 'Department the section belongs to.' })
  departmentCode!: string;

  @Field({ description: 'Code of the new section, unique in the hub.' })
  code!: string;

  @Field({ description: 'Name of the new section.' })
  name!: string;
}

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
    return em.transactional(async (tx) => {
      await lockDepartment(tx, input.departmentCode);
      const existing = await tx.find(Section, { departmentCode: input.departmentCode });
      if (existing.length >= maxSectionsPerDepartment) {
        throw new DomainError(
          'SECTION_LIMIT_REACHED',
          `Department ${input.departmentCode} already has ${maxSectionsPerDepartment} approval sections.`,
          { departmentCode: input.departmentCode, sections: existing.map((s) => s.code) },
        );
      }
      if (!/^[A-Z][A-Z0-9_-]{1,31}$/.test(input.code)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'A section code is 2 to 32 capitals, digits, - or _.',
        );
      }
      if (await tx.findOne(Section, { code: input.code })) {
        throw conflict(`Section ${input.code} already exists.`, { code: input.code });
      }
      if (existing.some((section) => section.name === input.name)) {
        throw conflict(`Department ${input.departmentCode} already has a section of that name.`);
      }
      const section = tx.create(Section, {
        code: input.code,
        departmentCode: input.departmentCode,
        name: input.name,
        createdAt: clock.now(),
      });
      await tx.flush();
      return section;
    });
  }

  @FieldResolver(() => Department, { description: 'The department the section belongs to.' })
  department(@Root() section: Section, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(section.departmentCode);
  }
}
