import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  clock,
  ConnectionType,
  DomainError,
  isUuid,
  PageArgs,
  paginate,
  Role,
  type RequestContext,
} from '../../kit';
import { assertMaySeeCase, departmentCasesFilter, everyCaseRoles } from '../access';
import { requestCalendar } from '../calendar/calendar.loader';
import { Licence } from '../licence/licence.entity';
import { licencesByCaseId } from '../licence/licence.loader';
import { visibleLicences } from '../licence/licence-visibility';
import { Clock, readClock } from '../task/clock';
import { Task } from '../task/task.entity';
import { tasksByCaseId } from '../task/task.loader';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { ApplicantReference } from './applicant-reference';
import { Case } from './case.entity';
import { caseById } from './case.loader';
import { CaseItem } from './case-item';
import { CaseStatus } from './case-status';
import { Commitment } from './commitment';
import { FeeAssessment } from '../fee/fee-assessment';
import { commitmentKept, outstandingCommitment } from '../commitment/commitment-state';
import { DepartmentReference } from './department-reference';
import { MaterialRequirement } from './material-requirement';
import { NoticeEntry } from './notice-entry';
import { withdrawCase } from './withdraw-case';

export const CaseConnection = ConnectionType(Case, 'case');
export const TimelineEntryConnection = ConnectionType(TimelineEntry, 'timeline entry');

const newestFirst = { createdAt: 'desc', id: 'desc' } as const;
const statusArg = {
  nullable: true,
  description: 'Only cases in this status.',
} as const;

/** One case the caller may see, or a refusal; null when no case has that id. */
export async function visibleCase(context: RequestContext, id: string): Promise<Case | null> {
  const kase = isUuid(id) ? await caseById(context).load(id) : null;
  if (kase) assertMaySeeCase(context.identity, kase);
  return kase;
}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(...everyCaseRoles)
  @Query(() => CaseConnection, { description: 'Every case in the hub, newest first.' })
  cases(
    @Args() page: PageArgs,
    @Arg('status', () => CaseStatus, statusArg) status: CaseStatus | undefined,
    @Ctx() { em }: RequestContext,
  ) {
    return paginate(em, Case, status ? { status } : {}, page, newestFirst);
  }

  @Authorized(Role.APPLICANT)
  @Query(() => CaseConnection, {
    description: "The signed-in applicant's own cases, newest first.",
  })
  myCases(
    @Args() page: PageArgs,
    @Arg('status', () => CaseStatus, statusArg) status: CaseStatus | undefined,
    @Ctx() { em, identity }: RequestContext,
  ) {
    if (!identity.applicantId || !isUuid(identity.applicantId)) {
      return paginate(em, Case, { id: null }, page, newestFirst);
    }
    return paginate(
      em,
      Case,
      { applicantId: identity.applicantId, ...(status ? { status } : {}) },
      page,
      newestFirst,
    );
  }

  @Authorized(Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE, Role.WINDOW_CLERK)
  @Query(() => CaseConnection, {
    description: "The cases on which the caller's department has a task, newest first.",
  })
  departmentCases(
    @Args() page: PageArgs,
    @Arg('status', () => CaseStatus, statusArg) status: CaseStatus | undefined,
    @Ctx() { em, identity }: RequestContext,
  ) {
    if (!identity.departmentCode) {
      throw new DomainError('NOT_DEPARTMENT_STAFF', 'The caller acts for no department.');
    }
    return paginate(
      em,
      Case,
      { ...departmentCasesFilter(identity.departmentCode), ...(status ? { status } : {}) },
      page,
      newestFirst,
    );
  }

  @Authorized()
  @Query(() => Case, {
    nullable: true,
    description:
      'One case by id: applicants see their own, department staff those their department has a task on, the center and supervision every case.',
  })
  case(
    @Arg('id', () => ID, { description: 'Case id.' }) id: string,
    @Ctx() context: RequestContext,
  ) {
    return visibleCase(context, id);
  }

  @Authorized(Role.APPLICANT)
  @Mutation(() => Case, {
    description:
      'The applicant withdraws a case not yet ended (CASE_CLOSED otherwise); every open task is cancelled.',
  })
  withdrawCase(
    @Arg('caseId', () => ID, { description: 'The case to withdraw.' }) caseId: string,
    @Ctx() { em, identity }: RequestContext,
  ) {
    return withdrawCase(em, identity, caseId);
  }

  @FieldResolver(() => ApplicantReference, { description: 'The applicant the case is for.' })
  applicant(@Root() kase: Case): ApplicantReference {
    return { id: kase.applicantId };
  }

  @FieldResolver(() => [DepartmentReference], {
    description: 'The departments working on this case in parallel, by code.',
  })
  departments(@Root() kase: Case): DepartmentReference[] {
    return kase.departmentCodes.map((code) => ({ code }));
  }

  @FieldResolver(() => [CaseItem], {
    description: 'The item versions the case applies for, as in force at submission.',
  })
  items(@Root() kase: Case): CaseItem[] {
    return kase.items;
  }

  @FieldResolver(() => [MaterialRequirement], {
    description: 'The materials the items add up to requiring.',
  })
  requirements(@Root() kase: Case): MaterialRequirement[] {
    return kase.requirements;
  }

  @FieldResolver(() => [NoticeEntry], {
    description: 'For a returned case, the one notice of every material missing or wrong.',
  })
  notice(@Root() kase: Case): NoticeEntry[] {
    return kase.notice;
  }

  @FieldResolver(() => Commitment, {
    nullable: true,
    description:
      'Materials accepted missing under commitment, until when, and whether they were verified since; null if none.',
  })
  commitment(@Root() kase: Case): Commitment | null {
    if (!kase.commitmentDeadlineOn) return null;
    const outstanding = outstandingCommitment(kase);
    return {
      materialTypeCodes: kase.commitmentMaterialTypeCodes,
      deadlineOn: kase.commitmentDeadlineOn,
      verifiedMaterialTypeCodes: kase.commitmentVerifiedCodes,
      outstandingMaterialTypeCodes: outstanding,
      kept: commitmentKept(kase),
      exception: kase.commitmentException,
      materials: kase.commitmentMaterialTypeCodes.map((materialTypeCode) => ({
        materialTypeCode,
        deadlineOn: kase.commitmentDeadlineOn!,
        verified: kase.commitmentVerifiedCodes.includes(materialTypeCode),
      })),
    };
  }

  @FieldResolver(() => FeeAssessment, {
    nullable: true,
    description:
      "The case's fee assessment from the published fee catalog, made at acceptance: the fees it may be charged, by item, or none. Null until accepted.",
  })
  feeAssessment(@Root() kase: Case): FeeAssessment | null {
    if (!kase.feeAssessment || !kase.acceptedAt) return null;
    return { assessedAt: kase.acceptedAt, fees: kase.feeAssessment };
  }

  @FieldResolver(() => Clock, {
    nullable: true,
    description:
      "The case's clock against its own limit, standing still while any task waits for a supplement (as supervision's); null until accepted.",
  })
  async clock(@Root() kase: Case, @Ctx() context: RequestContext): Promise<Clock | null> {
    if (!kase.acceptedAt || !kase.deadlineOn) return null;
    return readClock(
      await requestCalendar(context),
      {
        limitDays: kase.timeLimitDays,
        startedAt: kase.acceptedAt,
        deadlineOn: kase.deadlineOn,
        pausedDays: kase.pausedDays,
        pausedSince: kase.pausedSince,
        stoppedAt: kase.closedAt,
      },
      clock.now(),
    );
  }

  @FieldResolver(() => [Task], {
    description: 'One task per department, by department code; empty until accepted.',
  })
  tasks(@Root() kase: Case, @Ctx() context: RequestContext): Promise<Task[]> {
    return tasksByCaseId(context).load(kase.id);
  }

  @FieldResolver(() => [Licence], {
    description:
      'The licences of the case: every one delivered together at completion (staff also see those signed before).',
  })
  async licences(@Root() kase: Case, @Ctx() context: RequestContext): Promise<Licence[]> {
    return visibleLicences(context, await licencesByCaseId(context).load(kase.id));
  }

  @FieldResolver(() => TimelineEntryConnection, {
    description: 'Everything that happened to the case and its tasks, oldest first.',
  })
  timeline(@Root() kase: Case, @Args() page: PageArgs, @Ctx() { em }: RequestContext) {
    return paginate(em, TimelineEntry, { caseId: kase.id }, page, { at: 'asc', id: 'asc' });
  }
}

/** Other subgraphs name a case by id; the same visibility rules apply. */
export const resolveCaseReference = (reference: Record<string, unknown>, context: RequestContext) =>
  visibleCase(context, String(reference.id));
