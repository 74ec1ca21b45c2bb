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
  PageArgs,
  Role,
  forbidden,
  hasRole,
  isAnonymous,
  localDate,
  paginate,
  permitProblem,
  staffRoles,
  type RequestContext,
  unauthenticated,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { Section } from '../section/section.entity';
import { sectionByCode } from '../section/section.loader';
import { Evaluation } from './evaluation.entity';
import { StaffMember } from './staff-member.entity';
import { Training } from './training.entity';
import { WorkPermit } from './work-permit.entity';
import { issueWorkPermit } from './issue-work-permit';
import { recordEvaluation } from './record-evaluation';
import { recordTraining } from './record-training';
import { registerStaff } from './register-staff';
import { revokeWorkPermit } from './revoke-work-permit';
import {
  IssueWorkPermitInput,
  RecordEvaluationInput,
  RecordTrainingInput,
  RegisterStaffInput,
} from './staff.input';
import {
  evaluationsOfStaff,
  permitsOfStaff,
  staffBySubject,
  trainingsOfStaff,
} from './staff.loader';

export const StaffMemberConnection = ConnectionType(StaffMember, 'staff member');

const overseers = [Role.CENTER_ADMIN, Role.COORDINATOR, Role.SUPERVISOR];
const subjectArg = { description: 'The stable id of the person.' };

function assertSelfOrOverseer({ identity }: RequestContext, subject: string): void {
  if (identity.subject !== subject && !hasRole(identity, ...overseers)) throw forbidden();
}

const isPermitValidNow = (permit: WorkPermit) => {
  const now = clock.now();
  return permitProblem(permit, localDate(now), now) === null;
};

@Resolver(() => StaffMember)
export class StaffResolver {
  @Authorized(...overseers)
  @Query(() => StaffMemberConnection, { description: 'Registered department staff, by id.' })
  staffMembers(
    @Args() page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Ctx() { em }: RequestContext,
  ) {
    return paginate(em, StaffMember, departmentCode ? { departmentCode } : {}, page, {
      subject: 'asc',
    });
  }

  @Authorized()
  @Query(() => StaffMember, {
    nullable: true,
    description: 'One member of staff: oneself, or anyone for the center and supervisors.',
  })
  staffMember(
    @Arg('subject', () => ID, subjectArg) subject: string,
    @Ctx() context: RequestContext,
  ) {
    assertSelfOrOverseer(context, subject);
    return staffBySubject(context).load(subject);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => StaffMember, {
    description: 'Registers a member of department staff to a department and approval section.',
  })
  registerStaff(
    @Arg('input', () => RegisterStaffInput, { description: 'The person.' })
    input: RegisterStaffInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<StaffMember> {
    return registerStaff(em, identity, input);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => WorkPermit, {
    description: 'Issues a work permit to a registered member of staff.',
  })
  issueWorkPermit(
    @Arg('input', () => IssueWorkPermitInput, { description: 'The permit.' })
    input: IssueWorkPermitInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<WorkPermit> {
    return issueWorkPermit(em, identity, input);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => WorkPermit, {
    description: 'Revokes a work permit; its holder may no longer act.',
  })
  revokeWorkPermit(
    @Arg('number', () => ID, { description: 'Number of the permit.' }) number: string,
    @Arg('reason', { description: 'Why.' }) reason: string,
    @Ctx() { em }: RequestContext,
  ): Promise<WorkPermit> {
    return revokeWorkPermit(em, number, reason);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Training, { description: 'Records a training a member of staff completed.' })
  recordTraining(
    @Arg('input', () => RecordTrainingInput, { description: 'The training.' })
    input: RecordTrainingInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Training> {
    return recordTraining(em, input);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Evaluation, {
    description: 'Records the yearly evaluation of a member of staff.',
  })
  recordEvaluation(
    @Arg('input', () => RecordEvaluationInput, { description: 'The evaluation.' })
    input: RecordEvaluationInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<Evaluation> {
    return recordEvaluation(em, identity, input);
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => Department, { description: 'The department the person works for.' })
  department(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(staff.departmentCode);
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => Section, { nullable: true, description: 'The approval section.' })
  section(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    return staff.sectionCode ? sectionByCode(context).load(staff.sectionCode) : null;
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => [WorkPermit], {
    description: 'Work permits issued, newest first (the person and overseers only).',
  })
  permits(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    assertSelfOrOverseer(context, staff.subject);
    return permitsOfStaff(context).load(staff.subject);
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => Boolean, {
    description: 'Whether the person holds a valid work permit today.',
  })
  async certified(@Root() staff: StaffMember, @Ctx() context: RequestContext): Promise<boolean> {
    return (await permitsOfStaff(context).load(staff.subject)).some(isPermitValidNow);
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => [Training], {
    description: 'Trainings completed, newest first (the person and overseers only).',
  })
  trainings(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    assertSelfOrOverseer(context, staff.subject);
    return trainingsOfStaff(context).load(staff.subject);
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => [Evaluation], {
    description: 'Yearly evaluations, newest first (the person and overseers only).',
  })
  evaluations(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    assertSelfOrOverseer(context, staff.subject);
    return evaluationsOfStaff(context).load(staff.subject);
  }
}

@Resolver(() => WorkPermit)
export class WorkPermitResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the permit lets its holder act today.' })
  valid(@Root() permit: WorkPermit): boolean {
    return isPermitValidNow(permit);
  }
}

/**
 * A member of staff another subgraph links to (who accepted, reviewed or decided a task, who
 * acted in a violation), under the rule of the type: people working in the hub see staff,
 * applicants do not. A subject the registry does not know is null, which the kit answers with
 * NOT_FOUND.
 */
export const resolveStaffMemberReference = async (
  reference: Record<string, unknown>,
  context: RequestContext,
): Promise<StaffMember | null> => {
  const { identity } = context;
  if (isAnonymous(identity)) throw unauthenticated();
  if (!hasRole(identity, ...staffRoles)) {
    throw forbidden('Only people working in the hub see its staff.');
  }
  return staffBySubject(context).load(String(reference.subject));
};
