import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, type Identity } from '../../kit';
import { Evaluation } from './evaluation.entity';
import { registered } from './registered-staff';
import type { RecordEvaluationInput } from './staff.input';

/** Records the yearly evaluation of a member of staff, once per year. */
export async function recordEvaluation(
  em: EntityManager,
  identity: Identity,
  input: RecordEvaluationInput,
): Promise<Evaluation> {
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    throw badInput('year is a calendar year.');
  }
  await registered(em, input.subject);
  if (await em.findOne(Evaluation, { subject: input.subject, year: input.year })) {
    throw conflict(`${input.subject} was already evaluated for ${input.year}.`);
  }
  const evaluation = em.create(Evaluation, {
    ...input,
    evaluatedBy: identity.subject!,
  } as never);
  await em.flush();
  return evaluation;
}
