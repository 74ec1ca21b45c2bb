import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role, type RequestContext } from '../../kit';
import { watchers } from '../access';
import { setYellowThreshold } from './set-yellow-threshold';
import { maxYellowThreshold, yellowThreshold } from './yellow-threshold';

@Resolver()
export class YellowThresholdResolver {
  @Authorized(...watchers, Role.CENTER_ADMIN)
  @Query(() => Int, {
    description: 'Working days left at which a clock turns yellow (set by the center).',
  })
  yellowWarningThreshold(@Ctx() { em }: RequestContext): Promise<number> {
    return yellowThreshold(em);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Int, {
    description: `Sets the yellow threshold (0 to ${maxYellowThreshold} working days) and re-reads every running clock.`,
  })
  setYellowWarningThreshold(
    @Arg('workingDays', () => Int, {
      description: 'Working days left at which a clock turns yellow.',
    })
    workingDays: number,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<number> {
    return setYellowThreshold(em, identity, workingDays);
  }
}
