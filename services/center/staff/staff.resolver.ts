import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
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
  ConnectionType,
  DomainError,
  PageArgs,
  Role,
  badInput,
  conflict,
  forbidden,
  hasRole,
  isValidIsoDate,
  localDate,
  notFound,
  paginate,
  permitProblem,
  publishEvent,
  staffTopics,
  type PermitIssuedPayload,
  type PermitRevokedPayload,
  type RequestContext,
  type StaffRegisteredPayload,
  orderedInstant,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { Section } from '../section/section.entity';
import { sectionByCode } from '../section/section.loader';
import { Evaluation } from './evaluation.entity';
import { StaffMember } from './staff-member.entity';
import { Training } from './training.entity';
import { WorkPermit } from './work-permit.entity';
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

async function registered(em: EntityManager, subject: string): Promise<StaffMember> {
  const staff = await em.findOne(StaffMember, { subject });
  if (!staff) throw notFound('Staff member', subject);
  return staff;
}

function assertSelfOrOverseer({ identity }: RequestContext, subject: string): void {
  if (identity.subject !== subject && !hasRole(identity, ...overseers)) throw forbidden();
}

function checkDate(value: string, field: string): void {
  if (!isValidIsoDate(value))
    throw badInput(`${field} is not a date (YYYY-MM-DD).`, { [field]: value });
}

const isPermitValidNow = (permit: WorkPermit) => {
  const now = new Date();
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
    return em.transactional(async (tx) => {
      const section = await tx.findOne(Section, { code: input.sectionCode });
      if (!section) throw notFound('Section', input.sectionCode);
      if (section.departmentCode !== input.departmentCode) {
        throw new DomainError(
          'SECTION_NOT_IN_DEPARTMENT',
          `Section ${section.code} belongs to ${section.departmentCode}, not ${input.departmentCode}.`,
        );
      }
      if (!input.subject.trim() || !input.name.trim()) {
        throw badInput('A member of staff needs an id and a name.');
      }
      if (await tx.findOne(StaffMember, { subject: input.subject })) {
        throw conflict(`${input.subject} is already registered.`, { subject: input.subject });
      }
      const staff = tx.create(StaffMember, {
        ...input,
        name: input.name.trim(),
        registeredBy: identity.subject!,
        createdAt: new Date(),
      });
      await tx.flush();
      const payload: StaffRegisteredPayload = {
        subject: staff.subject,
        name: staff.name,
        departmentCode: staff.departmentCode,
        sectionCode: staff.sectionCode,
        duty: staff.duty,
      };
      await publishEvent(tx, { topic: staffTopics.registered, key: staff.subject, payload });
      return staff;
    });
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
        createdAt: new Date(),
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

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => WorkPermit, {
    description: 'Revokes a work permit; its holder may no longer act.',
  })
  revokeWorkPermit(
    @Arg('number', () => ID, { description: 'Number of the permit.' }) number: string,
    @Arg('reason', { description: 'Why.' }) reason: string,
    @Ctx() { em }: RequestContext,
  ): Promise<WorkPermit> {
    if (!reason.trim()) throw badInput('Say why the permit is revoked.');
    return em.transactional(async (tx) => {
      const permit = await tx.findOne(
        WorkPermit,
        { number },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!permit) throw notFound('Work permit', number);
      if (permit.revokedAt) {
        throw new DomainError('PERMIT_ALREADY_REVOKED', `Permit ${number} is already revoked.`);
      }
      permit.revokedAt = await orderedInstant(tx);
      permit.revokeReason = reason.trim();
      await tx.flush();
      const payload: PermitRevokedPayload = {
        number,
        subject: permit.subject,
        revokedAt: permit.revokedAt.toISOString(),
        reason: permit.revokeReason,
      };
      await publishEvent(tx, { topic: staffTopics.permitRevoked, key: permit.subject, payload });
      return permit;
    });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Training, { description: 'Records a training a member of staff completed.' })
  async recordTraining(
    @Arg('input', () => RecordTrainingInput, { description: 'The training.' })
    input: RecordTrainingInput,
    @Ctx() { em }: RequestContext,
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

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Evaluation, {
    description: 'Records the yearly evaluation of a member of staff.',
  })
  async recordEvaluation(
    @Arg('input', () => RecordEvaluationInput, { description: 'The evaluation.' })
    input: RecordEvaluationInput,
    @Ctx() { em, identity }: RequestContext,
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

  @FieldResolver(() => Department, { description: 'The department the person works for.' })
  department(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(staff.departmentCode);
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The approval section.' })
  section(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    return staff.sectionCode ? sectionByCode(context).load(staff.sectionCode) : null;
  }

  @FieldResolver(() => [WorkPermit], { description: 'Work permits issued, newest first.' })
  permits(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    return permitsOfStaff(context).load(staff.subject);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the person holds a valid work permit today.',
  })
  async certified(@Root() staff: StaffMember, @Ctx() context: RequestContext): Promise<boolean> {
    return (await permitsOfStaff(context).load(staff.subject)).some(isPermitValidNow);
  }

  @FieldResolver(() => [Training], {
    description: 'Trainings completed, newest first (the person and overseers only).',
  })
  trainings(@Root() staff: StaffMember, @Ctx() context: RequestContext) {
    assertSelfOrOverseer(context, staff.subject);
    return trainingsOfStaff(context).load(staff.subject);
  }

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

export const resolveStaffMemberReference = (
  reference: Record<string, unknown>,
  context: RequestContext,
) => staffBySubject(context).load(String(reference.subject));
