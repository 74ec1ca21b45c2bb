import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, Role, sql, type RequestContext } from '../../kit';
import { watchers } from '../access';
import { loadClockContext } from '../clock/clock-context';
import { refreshOpenClocks } from '../clock/refresh-open-clocks';
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
    if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > maxYellowThreshold) {
      throw badInput(`workingDays must be between 0 and ${maxYellowThreshold}.`, { workingDays });
    }
    return em.transactional(async (tx) => {
      await sql(
        tx,
        `update supervision_setting set yellow_threshold_days = ?, updated_by = ?, updated_at = now()
          where id = 1`,
        [workingDays, identity.subject],
      );
      await refreshOpenClocks(tx, await loadClockContext(tx));
      return workingDays;
    });
  }
}
