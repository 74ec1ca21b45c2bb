import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LockMode, type FilterQuery } from '@mikro-orm/postgresql';
import {
  assertOwnDepartment,
  assertRegisteredStaff,
  badInput,
  clock,
  ConnectionType,
  DomainError,
  hasRole,
  isUuid,
  notFound,
  PageArgs,
  paginate,
  publishEvent,
  Role,
  type RequestContext,
} from '../../kit';
import { watchers } from '../access';
import { supervisionTopics } from '../../contracts';
import { FollowUp } from './follow-up.entity';
import { RateCaseInput } from './rate-case.input';
import { rateCase } from './rate-case';
import { ServiceRating } from './service-rating.entity';

export const FollowUpConnection = ConnectionType(FollowUp, 'follow-up');
const responders = [Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE];

@Resolver()
export class RatingResolver {
  @Authorized(Role.APPLICANT)
  @Mutation(() => ServiceRating, {
    description:
      'Rates a case of yours the departments decided (completed or rejected), once (ALREADY_RATED is CONFLICT). A score of 2 or less opens a follow-up for each department on the case.',
  })
  rateCase(
    @Arg('input', () => RateCaseInput, { description: 'The rating.' }) input: RateCaseInput,
    @Ctx() context: RequestContext,
  ): Promise<ServiceRating> {
    return rateCase(context, input);
  }

  @Authorized(...watchers, ...responders)
  @Query(() => FollowUpConnection, {
    description:
      "Follow-ups of bad ratings, newest first. Department staff see only their department's.",
  })
  followUps(
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Arg('open', () => Boolean, {
      nullable: true,
      description: 'Only open (true) or closed (false).',
    })
    open: boolean | null,
    @Args() page: PageArgs,
    @Ctx() context: RequestContext,
  ) {
    const where: FilterQuery<FollowUp> = {};
    if (!hasRole(context.identity, ...watchers)) {
      assertOwnDepartment(context, departmentCode ?? context.identity.departmentCode ?? '');
      where.departmentCode = context.identity.departmentCode!;
    } else if (departmentCode) where.departmentCode = departmentCode;
    if (open !== null && open !== undefined) where.closedAt = open ? null : { $ne: null };
    return paginate(context.em, FollowUp, where, page, { openedAt: 'desc', id: 'desc' });
  }

  @Authorized(...responders)
  @Mutation(() => FollowUp, {
    description: "Closes your department's follow-up with its response to the applicant.",
  })
  async closeFollowUp(
    @Arg('id', () => ID, { description: 'The follow-up.' }) id: string,
    @Arg('response', { description: "The department's response." }) response: string,
    @Ctx() context: RequestContext,
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
}
