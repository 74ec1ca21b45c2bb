import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import {
  badInput,
  clock,
  Role,
  type RequestContext,
  positiveDecimal,
  recordTaskDetails,
} from '../../../kit';
import { DrcProject } from './project.entity';
import { DrcProjectInput } from './project.input';

/** Year, 6-digit region, 2-digit industry, 2-digit type, 6-digit serial. */
const projectCodePattern = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;

@Resolver(() => DrcProject)
export class DrcProjectResolver {
  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => DrcProject, {
    description: 'A DRC reviewer records the investment project of an undecided task.',
  })
  drcRecordProject(
    @Arg('taskId', () => ID, { description: 'Id of the task.' }) taskId: string,
    @Arg('project', () => DrcProjectInput, { description: 'The project.' }) input: DrcProjectInput,
    @Ctx() context: RequestContext,
  ) {
    const projectCode = input.projectCode.trim();
    if (!projectCodePattern.test(projectCode)) {
      throw badInput('projectCode must look like 2026-330100-44-01-000123.', { projectCode });
    }
    const totalInvestment = positiveDecimal(input.totalInvestment, 'totalInvestment');
    return recordTaskDetails(context, 'DRC', taskId, (tx) =>
      tx.upsert(DrcProject, {
        taskId,
        projectCode,
        totalInvestment,
        procedure: input.procedure,
        recordedBy: context.identity.subject!,
        recordedAt: clock.now(),
      }),
    );
  }
}
