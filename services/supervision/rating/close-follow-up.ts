import { LockMode } from '@mikro-orm/postgresql';
import {
  assertOwnDepartment,
  assertRegisteredStaff,
  badInput,
  clock,
  DomainError,
  isUuid,
  notFound,
  publishEvent,
  Role,
  type RequestContext,
} from '../../kit';
import { supervisionTopics } from '../../contracts';
import { FollowUp } from './follow-up.entity';

/** Department staff who answer a follow-up of a bad rating. */
export const responders = [Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE];

/** Closes a department's follow-up with its response to the applicant. */
export async function closeFollowUp(
  context: RequestContext,
  id: string,
  response: string,
): Promise<FollowUp> {
  // Staff answer for their department only while the center's registry certifies them.
  await assertRegisteredStaff(context, responders);
  const text = response.trim();
  if (text === '' || text.length > 2000) throw badInput('response holds 1 to 2000 characters.');
  if (!isUuid(id)) throw notFound('Follow-up', id);
  return context.em.transactional(async (tx) => {
    const followUp = await tx.findOne(FollowUp, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!followUp) throw notFound('Follow-up', id);
    assertOwnDepartment(context, followUp.departmentCode);
    if (followUp.closedAt) {
      throw new DomainError('FOLLOW_UP_CLOSED', 'This follow-up is already closed.', { id });
    }
    followUp.response = text;
    followUp.respondedBy = context.identity.subject;
    followUp.closedAt = clock.now();
    await tx.flush();
    await publishEvent(tx, {
      topic: supervisionTopics.followUpClosed,
      key: followUp.id,
      payload: {
        followUpId: followUp.id,
        caseId: followUp.caseId,
        departmentCode: followUp.departmentCode,
        response: text,
        by: context.identity.subject!,
        at: followUp.closedAt.toISOString(),
      },
    });
    return followUp;
  });
}
