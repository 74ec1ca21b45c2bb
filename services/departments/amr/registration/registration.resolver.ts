import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import {
  badInput,
  clock,
  Role,
  type RequestContext,
  positiveDecimal,
  recordTaskDetails,
} from '../../../kit';
import { AmrRegistration } from './registration.entity';
import { AmrRegistrationInput } from './registration.input';

const maxScopeLength = 2000;

@Resolver(() => AmrRegistration)
export class AmrRegistrationResolver {
  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => AmrRegistration, {
    description: 'An AMR reviewer records the registration of an undecided task.',
  })
  amrRecordRegistration(
    @Arg('taskId', () => ID, { description: 'Id of the task.' }) taskId: string,
    @Arg('registration', () => AmrRegistrationInput, { description: 'The registration.' })
    input: AmrRegistrationInput,
    @Ctx() context: RequestContext,
  ) {
    const registeredCapital = positiveDecimal(input.registeredCapital, 'registeredCapital');
    const businessScope = input.businessScope.trim();
    if (!businessScope || businessScope.length > maxScopeLength) {
      throw badInput(`businessScope must have 1 to ${maxScopeLength} characters.`, {
        field: 'businessScope',
      });
    }
    return recordTaskDetails(context, 'AMR', taskId, (tx) =>
      tx.upsert(AmrRegistration, {
        taskId,
        registeredCapital,
        businessScope,
        recordedBy: context.identity.subject!,
        recordedAt: clock.now(),
      }),
    );
  }
}
