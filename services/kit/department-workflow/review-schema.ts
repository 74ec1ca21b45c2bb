import { CalendarDate } from '../schema/calendar-date';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { Role } from '../identity/role';
import { ConnectionType, PageArgs } from '../schema/pagination';
import { paginate } from '../database/paginate';
import { activeSealKey } from '../seal/seal-keys';
import { renewSeal } from './renew-seal';
import type { DepartmentDefinition } from './department';
import { reviewTypeName } from './department';
import { DepartmentTask } from './department-task.entity';
import { DepartmentReview, reviewLinkDescriptions } from './department-review.interface';
import {
  ApplicantLink,
  CaseLink,
  MaterialTypeLink,
  StaffMemberLink,
  staffMemberLink,
} from '../schema/entity-references';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentLicence } from './department-licence.entity';
import { DepartmentReviewStatus } from './review-status';
import { DepartmentSealKey } from './seal-key.type';
import { DepartmentReviewStepConnection } from './step-connection';
import { DepartmentSupplementRequestInput } from './supplement-request';
import { licencesByTask, stepsByTask, taskById } from './loaders';
import { assertMayListStaffTasks, assertMayReadReview, mayReadLicences } from './visibility';
import { runStep } from './run-step';
import {
  acceptStep,
  meetingStep,
  rejectStep,
  returnStep,
  reviewStep,
  supplementStep,
} from './steps';
import { signTask } from './sign-step';
import { DepartmentFeeChargeInput } from './fee-charge';
import { reviewFieldsResolver } from './review-fields';
import { reviewLinkResolvers } from './review-links';

const signedIn = [
  Role.WINDOW_CLERK,
  Role.DEPARTMENT_REVIEWER,
  Role.CHIEF_REPRESENTATIVE,
  Role.COORDINATOR,
  Role.SUPERVISOR,
  Role.CENTER_ADMIN,
];

const taskIdArg = { description: 'Id of the task.' };

/**
 * The GraphQL side of one department's workflow: `<Code>Review` (the kit's fields and the
 * department's own), the `<code>*` queries and mutations, and `Task.<code>Review`. Types are
 * named after the department, so five departments compose into one graph without clashing.
 */
export function departmentReviewSchema(department: DepartmentDefinition) {
  const { code, name } = department;
  const typeName = reviewTypeName(code);
  const lower = code.toLowerCase();

  // An entity, so the approvals subgraph's `Task.review` can point at it by id.
  @Directive('@key(fields: "id")')
  @ObjectType(typeName, {
    implements: DepartmentReview,
    description: `The ${name}'s part of a case: its steps, who took them and when, its decision and licence.`,
  })
  class Review extends DepartmentReview {}
  // ConnectionType names its types after the class.
  Object.defineProperty(Review, 'name', { value: typeName });
  const ReviewConnection = ConnectionType(Review, `${code} review`);

  @Directive('@key(fields: "id")')
  @ObjectType('Task', {
    description: "A department's part of a case: its own clock, steps and decision.",
  })
  class Task {
    @Field(() => ID, { description: 'Opaque id of the task.' })
    id!: string;
  }

  @Resolver(() => Task)
  class TaskReviewResolver {
    @FieldResolver(() => Review, {
      name: `${lower}Review`,
      nullable: true,
      description: `The ${name}'s review of this task; null when the task is not the ${code}'s.`,
      deprecationReason: 'Use `review`: one field and one fragment for every department.',
    })
    async review(@Root() task: Task, @Ctx() context: RequestContext) {
      const review = await taskById(context).load(task.id);
      if (review) assertMayReadReview(context.identity, review);
      return review;
    }
  }

  @Resolver(() => Review)
  class ReviewResolver {
    @Authorized(...signedIn)
    @Query(() => ReviewConnection, {
      name: `${lower}Tasks`,
      description: `The ${code}'s tasks, newest first, optionally of one status or one case.`,
    })
    async tasks(
      @Args() page: PageArgs,
      @Arg('status', () => DepartmentReviewStatus, {
        nullable: true,
        description: 'Only tasks in this status.',
      })
      status: DepartmentReviewStatus | null,
      @Arg('caseId', () => ID, { nullable: true, description: 'Only tasks of this case.' })
      caseId: string | null,
      @Ctx() context: RequestContext,
    ) {
      await assertMayListStaffTasks(context, code);
      const where = { ...(status ? { status } : {}), ...(caseId ? { caseId } : {}) };
      return paginate(context.em, DepartmentTask, where, page, { openedAt: 'desc', id: 'desc' });
    }

    @Authorized(...signedIn)
    @Query(() => Review, { name: `${lower}Task`, nullable: true, description: `One ${code} task.` })
    async task(@Arg('id', () => ID, taskIdArg) id: string, @Ctx() context: RequestContext) {
      await assertMayListStaffTasks(context, code);
      return taskById(context).load(id);
    }

    @Authorized(...signedIn)
    @Query(() => DepartmentReviewStepConnection, {
      name: `${lower}Timeline`,
      description: `Every step of the ${code}'s tasks, newest first, or of one task.`,
    })
    async departmentTimeline(
      @Args() page: PageArgs,
      @Arg('taskId', () => ID, { nullable: true, description: 'Only the steps of this task.' })
      taskId: string | null,
      @Ctx() context: RequestContext,
    ) {
      await assertMayListStaffTasks(context, code);
      return paginate(context.em, DepartmentTaskStep, taskId ? { taskId } : {}, page, {
        at: 'desc',
        id: 'desc',
      });
    }

    @Query(() => DepartmentSealKey, {
      name: `${lower}SealKey`,
      nullable: true,
      description: `The public key of the ${code}'s approval seal, to verify its licences with.`,
    })
    sealKey(@Ctx() context: RequestContext) {
      return activeSealKey(context.em);
    }

    @Authorized(Role.CHIEF_REPRESENTATIVE)
    @Mutation(() => DepartmentSealKey, {
      name: `${lower}RenewSeal`,
      description: `The ${code}'s chief representative renews its approval seal: the current key (if any, or revoked by the center) stops sealing and a new one is generated and registered with the center. Licences sealed with older keys keep verifying.`,
    })
    renewSeal(@Ctx() context: RequestContext) {
      return renewSeal(context, code);
    }

    @Authorized(Role.WINDOW_CLERK, Role.DEPARTMENT_REVIEWER)
    @Mutation(() => Review, {
      name: `${lower}AcceptTask`,
      description: `A window clerk or reviewer of the ${code} accepts an open task.`,
    })
    accept(@Arg('taskId', () => ID, taskIdArg) taskId: string, @Ctx() context: RequestContext) {
      return runStep(context, code, taskId, acceptStep);
    }

    @Authorized(Role.DEPARTMENT_REVIEWER)
    @Mutation(() => Review, {
      name: `${lower}ReviewTask`,
      description: `A reviewer of the ${code} gives an opinion on an accepted task.`,
    })
    reviewTask(
      @Arg('taskId', () => ID, taskIdArg) taskId: string,
      @Arg('opinion', { description: "The reviewer's opinion." }) opinion: string,
      @Ctx() context: RequestContext,
    ) {
      return runStep(context, code, taskId, reviewStep(opinion));
    }

    @Authorized(Role.DEPARTMENT_REVIEWER)
    @Mutation(() => Review, {
      name: `${lower}RecordMeeting`,
      description: `A reviewer of the ${code} records the meeting an item needs before the sign-off.`,
    })
    recordMeeting(
      @Arg('taskId', () => ID, taskIdArg) taskId: string,
      @Arg('heldOn', () => CalendarDate, { description: 'Day the meeting was held, `YYYY-MM-DD`.' })
      heldOn: string,
      @Arg('minutes', { description: 'What the meeting decided.' }) minutes: string,
      @Ctx() context: RequestContext,
    ) {
      return runStep(context, code, taskId, meetingStep(heldOn, minutes));
    }

    @Authorized(Role.DEPARTMENT_REVIEWER)
    @Mutation(() => Review, {
      name: `${lower}RequestSupplement`,
      description: `A reviewer of the ${code} asks the applicant for a supplement; the task's clock pauses.`,
    })
    requestSupplement(
      @Arg('taskId', () => ID, taskIdArg) taskId: string,
      @Arg('requests', () => [DepartmentSupplementRequestInput], {
        description: 'What to supply and why; at least one.',
      })
      requests: DepartmentSupplementRequestInput[],
      @Ctx() context: RequestContext,
    ) {
      return runStep(context, code, taskId, supplementStep(requests, code));
    }

    @Authorized(Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE)
    @Mutation(() => Review, {
      name: `${lower}RejectTask`,
      description: `A reviewer of the ${code}, or its chief representative authorized for the task's items, rejects a task; reasons are required.`,
    })
    reject(
      @Arg('taskId', () => ID, taskIdArg) taskId: string,
      @Arg('reasons', () => [String], { description: 'Why; at least one, none blank.' })
      reasons: string[],
      @Ctx() context: RequestContext,
    ) {
      return runStep(context, code, taskId, rejectStep(code, reasons));
    }

    @Authorized(Role.CHIEF_REPRESENTATIVE)
    @Mutation(() => Review, {
      name: `${lower}ReturnTask`,
      description: `The ${code}'s authorized chief representative sends a task ready to sign back to review; reasons are required.`,
    })
    returnTask(
      @Arg('taskId', () => ID, taskIdArg) taskId: string,
      @Arg('reasons', () => [String], { description: 'Why; at least one, none blank.' })
      reasons: string[],
      @Ctx() context: RequestContext,
    ) {
      return runStep(context, code, taskId, returnStep(code, reasons));
    }

    @Authorized(Role.CHIEF_REPRESENTATIVE)
    @Mutation(() => Review, {
      name: `${lower}SignTask`,
      description: `The ${code}'s authorized chief representative signs a reviewed task, sealing its licence, and states the fees charged with it: only fees of the case's fee assessment for the task's items; any other is refused (FEE_OUTSIDE_CATALOG) and recorded by supervision as a violation.`,
    })
    sign(
      @Arg('taskId', () => ID, taskIdArg) taskId: string,
      @Arg('fees', () => [DepartmentFeeChargeInput], {
        nullable: true,
        description:
          "The fees charged with the sign-off, each an entry of the case's fee assessment for an item of the task (`Case.feeAssessment`, `DepartmentReviewItem.fees`); none when omitted.",
      })
      fees: DepartmentFeeChargeInput[] | null,
      @Ctx() context: RequestContext,
    ) {
      return signTask(context, department, taskId, fees ?? []);
    }

    @FieldResolver(() => [DepartmentTaskStep], { description: 'Every step of the task, in order.' })
    timeline(@Root() review: DepartmentTask, @Ctx() context: RequestContext) {
      return stepsByTask(context).load(review.id);
    }

    @FieldResolver(() => DepartmentLicence, {
      nullable: true,
      description:
        "The standing licence of the task's first item, once the chief representative signed; department staff and the service center only (the applicant receives licences from the case, together, when it completes).",
    })
    async licence(@Root() review: DepartmentTask, @Ctx() context: RequestContext) {
      if (!mayReadLicences(context.identity)) return null;
      const [first] = await licencesByTask(context).load(review.id);
      return first && !first.voidedAt ? first : null;
    }

    @FieldResolver(() => CaseLink, { nullable: true, description: reviewLinkDescriptions.case })
    case(@Root() review: DepartmentTask): CaseLink {
      return { id: review.caseId };
    }

    @FieldResolver(() => ApplicantLink, {
      nullable: true,
      description: reviewLinkDescriptions.applicant,
    })
    applicant(@Root() review: DepartmentTask): ApplicantLink {
      return { id: review.applicantId };
    }

    @FieldResolver(() => [MaterialTypeLink], {
      nullable: true,
      description: reviewLinkDescriptions.materialTypes,
    })
    materialTypes(@Root() review: DepartmentTask): MaterialTypeLink[] {
      return review.materialTypeCodes.map((code) => ({ code }));
    }

    @FieldResolver(() => StaffMemberLink, {
      nullable: true,
      description: reviewLinkDescriptions.acceptedByStaff,
    })
    acceptedByStaff(@Root() review: DepartmentTask): StaffMemberLink | null {
      return staffMemberLink(review.acceptedBy);
    }

    @FieldResolver(() => StaffMemberLink, {
      nullable: true,
      description: reviewLinkDescriptions.reviewedByStaff,
    })
    reviewedByStaff(@Root() review: DepartmentTask): StaffMemberLink | null {
      return staffMemberLink(review.reviewedBy);
    }

    @FieldResolver(() => StaffMemberLink, {
      nullable: true,
      description: reviewLinkDescriptions.decidedByStaff,
    })
    decidedByStaff(@Root() review: DepartmentTask): StaffMemberLink | null {
      return staffMemberLink(review.decidedBy);
    }

    @FieldResolver(() => [DepartmentLicence], {
      description:
        'Every licence sealed for this task, one per item at each sign-off, standing ones first (void ones kept for the record); department staff and the service center only.',
    })
    async licences(@Root() review: DepartmentTask, @Ctx() context: RequestContext) {
      if (!mayReadLicences(context.identity)) return [];
      return licencesByTask(context).load(review.id);
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers: Function[] = [ReviewResolver, TaskReviewResolver, ...reviewLinkResolvers];
  if (department.fields?.length) resolvers.push(reviewFieldsResolver(Review, department.fields));
  /** `Task.review` in the approvals subgraph points here by id; the caller's access is checked. */
  const resolveReviewReference = async (
    reference: Record<string, unknown>,
    context: RequestContext,
  ) => {
    const review = await taskById(context).load(String(reference.id));
    if (review) assertMayReadReview(context.identity, review);
    return review;
  };
  return { Review, Task, resolvers, resolveReviewReference };
}
