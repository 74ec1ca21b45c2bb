import { alignMany, alignOne, defineLoader } from '../../kit';
import { Section } from './section.entity';

export const sectionByCode = defineLoader<string, Section | null>(async (codes, { em }) =>
  alignOne(codes, await em.find(Section, { code: { $in: [...codes] } }), (row) => row.code),
);

export const sectionsOfDepartment = defineLoader<string, Section[]>(async (codes, { em }) =>
  alignMany(
    codes,
    await em.find(Section, { departmentCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }),
    (row) => row.departmentCode,
  ),
);
