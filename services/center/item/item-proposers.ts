import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Role, StaffErrorCode, notFound } from '../../kit';
import { Section } from '../section/section.entity';

/** Who may propose or amend an item: the staff of its department. */
export const proposers = [Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE];

export const notOwnDepartment = (departmentCode: string) =>
  new DomainError(
    StaffErrorCode.NotOwnDepartment,
    `The item belongs to department ${departmentCode}; only its staff may propose or amend it.`,
    { departmentCode },
  );

export async function sectionOf(em: EntityManager, code: string): Promise<Section> {
  const section = await em.findOne(Section, { code });
  if (!section) throw notFound('Section', code);
  return section;
}
