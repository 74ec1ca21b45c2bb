import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import {
  badInput,
  clock,
  Role,
  type RequestContext,
  positiveDecimal,
  recordTaskDetails,
} from '../../../kit';
import { HcbConstructionScale } from './construction-scale.entity';
import { HcbConstructionScaleInput } from './construction-scale.input';

const maxStoreys = 200;

@Resolver(() => HcbConstructionScale)
export class HcbConstructionScaleResolver {
  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => HcbConstructionScale, {
    description: 'An HCB reviewer records the construction scale of an undecided task.',
  })
  hcbRecordConstructionScale(
    @Arg('taskId', () => ID, { description: 'Id of the task.' }) taskId: string,
    @Arg('scale', () => HcbConstructionScaleInput, { description: 'The construction scale.' })
    input: HcbConstructionScaleInput,
    @Ctx() context: RequestContext,
  ) {
    const floorArea = positiveDecimal(input.floorArea, 'floorArea');
    if (!Number.isInteger(input.storeys) || input.storeys < 1 || input.storeys > maxStoreys) {
      throw badInput(`storeys must be from 1 to ${maxStoreys}.`, { storeys: input.storeys });
    }
    return recordTaskDetails(context, 'HCB', taskId, (tx) =>
      tx.upsert(HcbConstructionScale, {
        taskId,
        floorArea,
        storeys: input.storeys,
        structureType: input.structureType,
        recordedBy: context.identity.subject!,
        recordedAt: clock.now(),
      }),
    );
  }
}
