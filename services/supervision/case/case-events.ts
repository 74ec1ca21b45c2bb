import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, type TopicHandlers } from '../../kit';
import type { DeliveredEvent } from '../../contracts';
import type { ClockContext } from '../clock/clock-context';
import { closeClock, openClock } from '../clock/clock-operations';
import { refreshCase } from '../clock/clock-subjects';
import { eventTime } from '../events/event-day';
import { judgeAct } from '../violation/judge-act';
import { judgeOffSystem } from '../violation/judge-off-system';
import { SupervisedCase } from './supervised-case.entity';
import { finishedCaseStatuses } from './supervised-case-status';
import { closeCommitmentClocks, openCommitmentClocks } from '../commitment/commitment-events';
import { CommitmentKeptBy } from '../commitment/commitment-kept-by';

type CaseEnd = 'approvals.case.completed' | 'approvals.case.rejected' | 'approvals.case.withdrawn';

type CaseTopic =
  | CaseEnd
  | 'approvals.case.submitted'
  | 'approvals.case.accepted'
  | 'approvals.case.returned'
  | 'approvals.licence.issued';

const finish =
  (status: CaseStatus) =>
  async (event: DeliveredEvent<CaseEnd>, em: EntityManager, context: ClockContext) => {
    const found = await em.findOne(SupervisedCase, { id: event.payload.caseId });
    if (!found) {
      if (status !== CaseStatus.WITHDRAWN) {
        await judgeOffSystem(em, event, { subjectKey: `case:${event.payload.caseId}` });
      }
      return;
    }
    if (finishedCaseStatuses.includes(found.status)) return;
    const { at, day } = eventTime(event.payload.at, event.occurredAt);
    found.status = status;
    found.finishedAt = at;
    closeClock(context.calendar, found, day);
    await refreshCase(em, context, found);
    await closeCommitmentClocks(em, context, [found.id], day, () => CommitmentKeptBy.CASE_ENDED);
  };

/** What each case event does to supervision's copy of the case and its clock. */
export const caseHandlers: TopicHandlers<CaseTopic, [EntityManager, ClockContext]> = {
  async 'approvals.case.submitted'(event, em) {
    const p = event.payload;
    if (await em.findOne(SupervisedCase, { id: p.caseId })) return;
    const { at } = eventTime(p.at, event.occurredAt);
    const departmentCodes = [
      ...new Set<string>(
        (p.items ?? []).map((item: { departmentCode: string }) => item.departmentCode),
      ),
    ];
    em.persist(
      Object.assign(new SupervisedCase(), {
        id: p.caseId,
        // A malformed event must not stop supervision: it is kept (and audited) as it came.
        reference: String(p.reference ?? ''),
        applicantId: String(p.applicantId ?? ''),
        subjectCode: p.subject?.code ?? '',
        channel: p.channel ?? 'ONLINE',
        status: CaseStatus.SUBMITTED,
        departmentCodes,
        submittedAt: at,
      }),
    );
    if (p.channel === 'WINDOW' && p.by) {
      await judgeAct(em, event, {
        by: p.by,
        at,
        caseId: p.caseId,
        taskId: null,
        departmentCode: null,
        subjectKey: `case:${p.caseId}:submitted:${p.by}`,
      });
    }
  },

  async 'approvals.case.accepted'(event, em, context) {
    const found = await em.findOne(SupervisedCase, { id: event.payload.caseId });
    if (!found || finishedCaseStatuses.includes(found.status)) return;
    const { at, day } = eventTime(event.payload.at, event.occurredAt);
    found.status = CaseStatus.IN_PROGRESS;
    found.acceptedAt ??= at;
    openClock(context.calendar, found, day, event.payload.deadlineOn);
    await refreshCase(em, context, found);
    await openCommitmentClocks(em, context, event, found);
  },

  async 'approvals.case.returned'(event, em) {
    const found = await em.findOne(SupervisedCase, { id: event.payload.caseId });
    if (found && found.status === CaseStatus.SUBMITTED) {
      found.status = CaseStatus.RETURNED;
    }
  },

  'approvals.case.completed': finish(CaseStatus.COMPLETED),
  'approvals.case.rejected': finish(CaseStatus.REJECTED),
  'approvals.case.withdrawn': finish(CaseStatus.WITHDRAWN),

  async 'approvals.licence.issued'(event, em) {
    const p = event.payload;
    if (!(await em.findOne(SupervisedCase, { id: p.caseId }))) {
      await judgeOffSystem(em, event, { subjectKey: `licence:${p.serial}` });
    }
  },
};
