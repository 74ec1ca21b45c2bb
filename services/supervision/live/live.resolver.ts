import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import {
  CaseStatus,
  DomainError,
  forbidden,
  hasRole,
  type HubEvent,
  isAnonymous,
  isUuid,
  type RequestContext,
  unauthenticated,
} from '../../kit';
import { watchers } from '../access';
import { SupervisedCase } from '../case/supervised-case.entity';
import { supervisionTopics, type WarningRaisedPayload } from '../../contracts';
import { CaseStatusUpdate } from './case-status-update';
import { liveFeedOf } from './live-feed';
import { WarningUpdate } from './warning-update';

const statusByTopic: Record<string, CaseStatus> = {
  'approvals.case.submitted': CaseStatus.SUBMITTED,
  'approvals.case.accepted': CaseStatus.IN_PROGRESS,
  'approvals.case.returned': CaseStatus.RETURNED,
  'approvals.case.completed': CaseStatus.COMPLETED,
  'approvals.case.rejected': CaseStatus.REJECTED,
  'approvals.case.withdrawn': CaseStatus.WITHDRAWN,
};

/**
 * Who may follow which events: watchers every case, an applicant only the cases they applied
 * for (the applicant named in each event). Returns the applicant to match, or null for all.
 */
async function audience(context: RequestContext, caseId: string | null): Promise<string | null> {
  const { identity } = context;
  if (isAnonymous(identity)) throw unauthenticated();
  if (hasRole(identity, ...watchers)) return null;
  if (!identity.applicantId) throw forbidden();
  if (caseId) {
    const found = await context.em.findOne(SupervisedCase, { id: caseId });
    if (found?.applicantId !== identity.applicantId) {
      throw new DomainError('NOT_YOUR_CASE', 'You may follow only your own cases.', { caseId });
    }
  }
  return identity.applicantId;
}

@Resolver()
export class LiveResolver {
  @Subscription(() => CaseStatusUpdate, {
    description:
      "A case's status changes, in order. Coordinators and supervisors may follow any case or all of them; an applicant only their own.",
    subscribe: async ({ args, context }) => {
      const caseId: string | null = args.caseId ?? null;
      if (caseId !== null && !isUuid(caseId)) {
        throw new DomainError('BAD_USER_INPUT', 'caseId is not a case id.', { caseId });
      }
      const applicantId = await audience(context, caseId);
      return liveFeedOf(context.em).subscribe((event: HubEvent): CaseStatusUpdate | null => {
        const status = statusByTopic[event.topic];
        const p = event.payload;
        if (!status || (caseId && p.caseId !== caseId)) return null;
        if (applicantId && p.applicantId !== applicantId) return null;
        return {
          caseId: p.caseId,
          reference: p.reference,
          status,
          eventPosition: event.position,
          at: new Date(p.at ?? event.occurredAt),
        };
      });
    },
  })
  caseStatusChanged(
    @Root() update: CaseStatusUpdate,
    @Arg('caseId', () => ID, {
      nullable: true,
      description: 'Follow this case only; every case you may see when omitted.',
    })
    _caseId?: string | null,
  ): CaseStatusUpdate {
    return update;
  }

  @Subscription(() => WarningUpdate, {
    description:
      'Yellow and red cards as they are raised: every one for coordinators and supervisors, those of their own cases for an applicant.',
    subscribe: async ({ args, context }) => {
      const departmentCode: string | null = args.departmentCode ?? null;
      const applicantId = await audience(context, null);
      return liveFeedOf(context.em).subscribe((event: HubEvent): WarningUpdate | null => {
        if (event.topic !== supervisionTopics.warningRaised) return null;
        const p = event.payload as WarningRaisedPayload;
        if (applicantId && p.applicantId !== applicantId) return null;
        if (departmentCode && p.departmentCode !== departmentCode) return null;
        return { ...p, at: new Date(p.at) } as WarningUpdate;
      });
    },
  })
  warningRaised(
    @Root() update: WarningUpdate,
    @Arg('departmentCode', () => String, {
      nullable: true,
      description: "Only this department's task warnings.",
    })
    _departmentCode?: string | null,
  ): WarningUpdate {
    return update;
  }
}
