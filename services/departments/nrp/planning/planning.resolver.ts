import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { clock, Role, type RequestContext, positiveDecimal, recordTaskDetails } from '../../../kit';
import { NrpPlanning } from './planning.entity';
import { NrpPlanningInput } from './planning.input';

@Resolver(() => NrpPlanning)
export class NrpPlanningResolver {
  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => NrpPlanning, {
    description: 'An NRP reviewer records the planning conditions of an undecided task.',
  })
  nrpRecordPlanning(
    @Arg('taskId', () => ID, { description: 'Id of the task.' }) taskId: string,
    @Arg('planning', () => NrpPlanningInput, { description: 'The planning conditions.' })
    input: NrpPlanningInput,
    @Ctx() context: RequestContext,
  ) {
    const landArea = positiveDecimal(input.landArea, 'landArea');
    const plotRatio = positiveDecimal(input.plotRatio, 'plotRatio', { max: 20 });
    return recordTaskDetails(context, 'NRP', taskId, (tx) =>
      tx.upsert(NrpPlanning, {
        taskId,
        landArea,
        plotRatio,
        landUseCategory: input.landUseCategory,
        recordedBy: context.identity.subject!,
        recordedAt: clock.now(),
      }),
    );
  }
}
