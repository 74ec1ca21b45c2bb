import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../kit';
import { checkDate, registered } from './registered-staff';
import { Training } from './training.entity';
import type { RecordTrainingInput } from './staff.input';

/** Records a training a member of staff completed. */
export async function recordTraining(
  em: EntityManager,
  input: RecordTrainingInput,
): Promise<Training> {
  checkDate(input.completedOn, 'completedOn');
  if (!Number.isInteger(input.hours) || input.hours < 1 || !input.title.trim()) {
    throw badInput('A training has a title and lasts a whole number of hours.');
  }
  await registered(em, input.subject);
  const training = em.create(Training, { ...input, title: input.title.trim() } as never);
  await em.flush();
  return training;
}
