import type { SubgraphDefinition } from '../kit';
import { ParkedEventResolver } from './delivery/parked-event.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { BoardResolver } from './board/board.resolver';
import { SupervisedCase } from './case/supervised-case.entity';
import { SupervisedCaseResolver } from './case/supervised-case.resolver';
import { clockCheckWorker } from './clock/clock-check-worker';
import { registerClockMetrics } from './clock/clock-metrics';
import { Clocked } from './clock/clocked.entity';
import { supervisionConsumer } from './events/supervision.consumer';
import { LiveResolver } from './live/live.resolver';
import { liveFeedWorker } from './live/live-feed';
import { migrations } from './migrations';
import { FollowUp } from './rating/follow-up.entity';
import { RatingResolver } from './rating/rating.resolver';
import { ServiceRating } from './rating/service-rating.entity';
import { YellowThresholdResolver } from './settings/yellow-threshold.resolver';
import { StatisticsResolver } from './statistics/statistics.resolver';
import { SupervisedCommitmentResolver } from './commitment/supervised-commitment.resolver';
import { SupervisedCommitment } from './commitment/supervised-commitment.entity';
import { SupervisedTask } from './task/supervised-task.entity';
import { SupervisedTaskResolver } from './task/supervised-task.resolver';
import { ClockWarning } from './warning/clock-warning.entity';
import { ClockWarningResolver } from './warning/clock-warning.resolver';
import { Violation } from './violation/violation.entity';
import { ViolationResolver } from './violation/violation.resolver';
import { linkResolvers } from './links/links.resolver';

export const supervision: SubgraphDefinition = {
  name: 'supervision',
  port: 4004,
  schema: {
    resolvers: [
      SupervisedCaseResolver,
      SupervisedTaskResolver,
      SupervisedCommitmentResolver,
      BoardResolver,
      ClockWarningResolver,
      ViolationResolver,
      StatisticsResolver,
      AuditResolver,
      RatingResolver,
      YellowThresholdResolver,
      LiveResolver,
      ParkedEventResolver,
      ...linkResolvers,
    ],
  },
  entities: [
    Clocked,
    SupervisedCase,
    SupervisedTask,
    SupervisedCommitment,
    ClockWarning,
    Violation,
    ServiceRating,
    FollowUp,
  ],
  migrations,
  consumers: [supervisionConsumer],
  workers: [liveFeedWorker, clockCheckWorker],
  metrics: registerClockMetrics,
};
