import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badInput, clock, Role, type RequestContext, recordTaskDetails } from '../../../kit';
import { EebAssessment } from './assessment.entity';
import { EebAssessmentInput } from './assessment.input';

@Resolver(() => EebAssessment)
export class EebAssessmentResolver {
  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => EebAssessment, {
    description: 'An EEB reviewer records the impact assessment of an undecided task.',
  })
  eebRecordAssessment(
    @Arg('taskId', () => ID, { description: 'Id of the task.' }) taskId: string,
    @Arg('assessment', () => EebAssessmentInput, { description: 'The assessment.' })
    input: EebAssessmentInput,
    @Ctx() context: RequestContext,
  ) {
    const conclusion = input.conclusion.trim();
    if (!conclusion)
      throw badInput('An assessment states its conclusion.', { field: 'conclusion' });
    return recordTaskDetails(context, 'EEB', taskId, (tx) =>
      tx.upsert(EebAssessment, {
        taskId,
        impactCategory: input.impactCategory,
        conclusion,
        recordedBy: context.identity.subject!,
        recordedAt: clock.now(),
      }),
    );
  }
}
