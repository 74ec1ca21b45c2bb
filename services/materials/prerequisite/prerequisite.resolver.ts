import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertRegisteredStaff, type RequestContext } from '../../kit';
import { assertMaySeeApplicant } from '../sharing/access';
import { checkPrerequisites } from './check-prerequisites';
import { MaterialRequirementInput } from './material-requirement.input';
import { PrerequisiteCheck } from './prerequisite-check';

@Resolver()
export class PrerequisiteResolver {
  @Authorized()
  @Query(() => PrerequisiteCheck, {
    description:
      'The prerequisite check of an application: for each required material whether the applicant has it verified, pending, missing, rejected or expired, and whether the application passes. Front-ends show it as the one notice of everything still needed.',
  })
  async prerequisiteCheck(
    @Arg('applicantId', () => ID, { description: 'The applicant applying.' }) applicantId: string,
    @Arg('requirements', () => [MaterialRequirementInput], {
      description: 'The materials the bundle or item requires.',
    })
    requirements: MaterialRequirementInput[],
    @Ctx() context: RequestContext,
  ) {
    assertMaySeeApplicant(context.identity, applicantId);
    await assertRegisteredStaff(context);
    return checkPrerequisites(context.em, applicantId, requirements);
  }
}
