import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  badInput,
  clock,
  conflict,
  notFound,
  publishEvent,
  staffTopics,
  type Identity,
  type StaffRegisteredPayload,
} from '../../kit';
import { Section } from '../section/section.entity';
import { StaffMember } from './staff-member.entity';
import type { RegisterStaffInput } from './staff.input';

/** Registers a member of department staff to a department and one of its sections. */
export async function registerStaff(
  em: EntityManager,
  identity: Identity,
  input: RegisterStaffInput,
): Promise<StaffMember> {
  return em.transactional(async (tx) => {
    const section = await tx.findOne(Section, { code: input.sectionCode });
    if (!section) throw notFound('Section', input.sectionCode);
    if (section.departmentCode !== input.departmentCode) {
      throw new DomainError(
        'SECTION_NOT_IN_DEPARTMENT',
        `Section ${section.code} belongs to ${section.departmentCode}, not ${input.departmentCode}.`,
      );
    }
    if (!input.subject.trim() || !input.name.trim()) {
      throw badInput('A member of staff needs an id and a name.');
    }
    if (await tx.findOne(StaffMember, { subject: input.subject })) {
      throw conflict(`${input.subject} is already registered.`, { subject: input.subject });
    }
    const staff = tx.create(StaffMember, {
      ...input,
      name: input.name.trim(),
      registeredBy: identity.subject!,
      createdAt: clock.now(),
    });
    await tx.flush();
    const payload: StaffRegisteredPayload = {
      subject: staff.subject,
      name: staff.name,
      departmentCode: staff.departmentCode,
      sectionCode: staff.sectionCode,
      duty: staff.duty,
    };
    await publishEvent(tx, { topic: staffTopics.registered, key: staff.subject, payload });
    return staff;
  });
}
