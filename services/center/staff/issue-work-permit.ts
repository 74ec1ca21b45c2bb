import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  clock,
  conflict,
  publishEvent,
  staffTopics,
  type Identity,
  type PermitIssuedPayload,
} from '../../kit';
import { checkDate, registered } from './registered-staff';
import { WorkPermit } from './work-permit.entity';
import type { IssueWorkPermitInput } from './staff.input';

/** Issues a work permit to a registered member of staff; the staff replicas learn it by event. */
export async function issueWorkPermit(
  em: EntityManager,
  identity: Identity,
  input: IssueWorkPermitInput,
): Promise<WorkPermit> {
  checkDate(input.issuedOn, 'issuedOn');
  checkDate(input.expiresOn, 'expiresOn');
  if (input.expiresOn < input.issuedOn) throw badInput('A permit expires after it is issued.');
  if (!input.number.trim()) throw badInput('A permit needs a number.');
  return em.transactional(async (tx) => {
    await registered(tx, input.subject);
    if (await tx.findOne(WorkPermit, { number: input.number })) {
      throw conflict(`Permit ${input.number} already exists.`, { number: input.number });
    }
    const permit = tx.create(WorkPermit, {
      ...input,
      issuedBy: identity.subject!,
      createdAt: clock.now(),
    });
    await tx.flush();
    const payload: PermitIssuedPayload = {
      number: permit.number,
      subject: permit.subject,
      issuedOn: permit.issuedOn,
      expiresOn: permit.expiresOn,
    };
    await publishEvent(tx, { topic: staffTopics.permitIssued, key: permit.subject, payload });
    return permit;
  });
}
