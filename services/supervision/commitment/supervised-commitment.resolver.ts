import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kit';
import { ClockReading } from '../clock/clock-reading';
import { clockField } from '../clock/read-clock-field';
import { WarningLevel } from '../clock/warning-level';
import { SupervisedCommitment } from './supervised-commitment.entity';

@Resolver(() => SupervisedCommitment)
export class SupervisedCommitmentResolver {
  @FieldResolver(() => WarningLevel, {
    description: 'Warning level as of the last event or periodic check.',
  })
  level(@Root() root: SupervisedCommitment): WarningLevel {
    return root.level;
  }

  @FieldResolver(() => ClockReading, {
    nullable: true,
    description:
      "The committed material's clock against its deadline, in working days from acceptance.",
  })
  clock(@Root() root: SupervisedCommitment, @Ctx() context: RequestContext) {
    return clockField(root, context);
  }
}
