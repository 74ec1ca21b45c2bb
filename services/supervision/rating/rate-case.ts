import {
  badInput,
  CaseStatus,
  clock,
  conflict,
  DomainError,
  forbidden,
  isUuid,
  publishEvent,
  type RequestContext,
  sql,
} from '../../kit';
import { SupervisedCase } from '../case/supervised-case.entity';
import { supervisionTopics } from '../../contracts';
import { SupervisedTask } from '../task/supervised-task.entity';
import type { RateCaseInput } from './rate-case.input';
import { ServiceRating } from './service-rating.entity';

/** A score at or below this opens a follow-up for every department on the case. */
export const badScore = 2;
const maxComment = 2000;
/**
 * Reform rule (e-supervision, evaluation of the service): every applicant whose case was decided
 * has a say, and the rejected ones, the least satisfied, most of all. Withdrawn and running cases
 * had no decision to rate.
 */
const ratableStatuses = [CaseStatus.COMPLETED, CaseStatus.REJECTED];

export async function rateCase(
  context: RequestContext,
  input: RateCaseInput,
): Promise<ServiceRating> {
  const { identity, em } = context;
  if (!identity.applicantId) throw forbidden('Only an applicant rates a case.');
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
    throw badInput('score is a whole number from 1 to 5.', { score: input.score });
  }
  const comment = input.comment.trim();
  if (comment.length > maxComment)
    throw badInput(`comment holds at most ${maxComment} characters.`);
  if (!isUuid(input.caseId)) throw badInput('caseId is not a case id.', { caseId: input.caseId });
  return em.transactional(async (tx) => {
    const rated = await tx.findOne(SupervisedCase, { id: input.caseId });
    if (!rated || rated.applicantId !== identity.applicantId) {
      throw new DomainError('NOT_YOUR_CASE', 'You may rate only your own cases.', {
        caseId: input.caseId,
      });
    }
    if (!ratableStatuses.includes(rated.status)) {
      throw new DomainError(
        'CASE_NOT_DECIDED',
        'Only a case the departments decided (completed or rejected) can be rated.',
        { status: rated.status },
      );
    }
    const now = clock.now();
    const [inserted] = await sql<{ case_id: string }>(
      tx,
      `insert into service_rating (case_id, applicant_id, score, comment, rated_by, rated_at)
       values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing returning case_id`,
      [rated.id, rated.applicantId, input.score, comment, identity.subject, now],
    );
    if (!inserted) throw conflict('This case has already been rated.', { caseId: rated.id });
    const tasks = await tx.find(
      SupervisedTask,
      { caseId: rated.id },
      { orderBy: { departmentCode: 'asc' } },
    );
    const staff = tasks.map((task) => ({
      departmentCode: task.departmentCode,
      subjects: [...new Set([task.reviewedBy, task.decidedBy].filter((s): s is string => !!s))],
    }));
    await publishEvent(tx, {
      topic: supervisionTopics.caseRated,
      key: rated.id,
      payload: {
        caseId: rated.id,
        reference: rated.reference,
        applicantId: rated.applicantId,
        score: input.score,
        comment,
        staff,
        at: now.toISOString(),
      },
    });
    if (input.score <= badScore) {
      for (const departmentCode of rated.departmentCodes) {
        const [followUp] = await sql<{ id: string }>(
          tx,
          `insert into follow_up (case_id, department_code, score, comment, opened_at)
           values (?, ?, ?, ?, ?) returning id`,
          [rated.id, departmentCode, input.score, comment, now],
        );
        await publishEvent(tx, {
          topic: supervisionTopics.followUpOpened,
          key: followUp.id,
          payload: {
            followUpId: followUp.id,
            caseId: rated.id,
            departmentCode,
            score: input.score,
            at: now.toISOString(),
          },
        });
      }
    }
    return tx.findOneOrFail(ServiceRating, { caseId: rated.id });
  });
}
