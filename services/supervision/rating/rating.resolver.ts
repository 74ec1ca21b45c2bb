import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  assertOwnDepartment,
  ConnectionType,
  hasRole,
  PageArgs,
  paginate,
  Role,
  type RequestContext,
} from '../../kit';
import { watchers } from '../access';
import { closeFollowUp, responders } from './close-follow-up';
import { FollowUp } from './follow-up.entity';
import { RateCaseInput } from './rate-case.input';
import { rateCase } from './rate-case';
import { ServiceRating } from './service-rating.entity';

export const FollowUpConnection = ConnectionType(FollowUp, 'follow-up');

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
  closeFollowUp(
    @Arg('id', () => ID, { description: 'The follow-up.' }) id: string,
    @Arg('response', { description: "The department's response." }) response: string,
    @Ctx() context: RequestContext,
  ): Promise<FollowUp> {
    return closeFollowUp(context, id, response);
  }
}
