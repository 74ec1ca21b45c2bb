import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, conflict, DomainError } from '../../kit';
import { lockDepartment } from '../department/lock-department';
import { Section, maxSectionsPerDepartment } from './section.entity';
import type { CreateSectionInput } from './section.input';

/** Sets up an approval section; a department has at most 3. */
export function createSection(em: EntityManager, input: CreateSectionInput): Promise<Section> {
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
    if (!input.name.trim()) throw new DomainError('BAD_USER_INPUT', 'A section needs a name.');
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
