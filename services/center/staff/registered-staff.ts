import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, isValidIsoDate, notFound } from '../../kit';
import { StaffMember } from './staff-member.entity';

/** The member of staff, or NOT_FOUND: permits, trainings and evaluations need one registered. */
export async function registered(em: EntityManager, subject: string): Promise<StaffMember> {
  const staff = await em.findOne(StaffMember, { subject });
  if (!staff) throw notFound('Staff member', subject);
  return staff;
}

export function checkDate(value: string, field: string): void {
  if (!isValidIsoDate(value))
    throw badInput(`${field} is not a date (YYYY-MM-DD).`, { [field]: value });
}
