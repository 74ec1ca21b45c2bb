import { alignMany, alignOne, defineLoader } from '../../kit';
import { Evaluation } from './evaluation.entity';
import { StaffMember } from './staff-member.entity';
import { Training } from './training.entity';
import { WorkPermit } from './work-permit.entity';

export const staffBySubject = defineLoader<string, StaffMember | null>(async (subjects, { em }) =>
  alignOne(
    subjects,
    await em.find(StaffMember, { subject: { $in: [...subjects] } }),
    (row) => row.subject,
  ),
);

export const permitsOfStaff = defineLoader<string, WorkPermit[]>(async (subjects, { em }) =>
  alignMany(
    subjects,
    await em.find(
      WorkPermit,
      { subject: { $in: [...subjects] } },
      { orderBy: { issuedOn: 'desc', number: 'asc' } },
    ),
    (row) => row.subject,
  ),
);

export const trainingsOfStaff = defineLoader<string, Training[]>(async (subjects, { em }) =>
  alignMany(
    subjects,
    await em.find(
      Training,
      { subject: { $in: [...subjects] } },
      { orderBy: { completedOn: 'desc', id: 'asc' } },
    ),
    (row) => row.subject,
  ),
);

export const evaluationsOfStaff = defineLoader<string, Evaluation[]>(async (subjects, { em }) =>
  alignMany(
    subjects,
    await em.find(Evaluation, { subject: { $in: [...subjects] } }, { orderBy: { year: 'desc' } }),
    (row) => row.subject,
  ),
);
