import { calendarReplicaConsumer, type SubgraphDefinition } from '../kit';
import { PublishedBundle } from './catalog/published-bundle.entity';
import { PublishedItem } from './catalog/published-item.entity';
import { catalogReplicaConsumer } from './catalog/catalog-replica.consumer';
import { calendarChangedConsumer } from './calendar/calendar-changed.consumer';
import { Case } from './case/case.entity';
import { CommitmentResolver } from './commitment/commitment.resolver';
import { CaseItemResolver } from './case/case-item.resolver';
import { caseLinkResolvers } from './case/case-links.resolver';
import { CaseResolver, resolveCaseReference } from './case/case.resolver';
import { IntakeResolver } from './intake/intake.resolver';
import { departmentTaskConsumer } from './join/department-task.consumer';
import { prerequisitesCheckedConsumer } from './join/prerequisites-checked.consumer';
import { Licence } from './licence/licence.entity';
import { LicenceResolver } from './licence/licence.resolver';
import { materialEventsConsumer } from './materials/material-events.consumer';
import { SealKey } from './licence/seal-key.entity';
import { Task } from './task/task.entity';
import {
  TaskResolver,
  resolveDepartmentReviewReference,
  resolveTaskReference,
} from './task/task.resolver';
import { departmentReviewTypes } from './task/department-review';
import { TimelineEntry } from './timeline/timeline-entry.entity';
import { TimelineEntryResolver } from './timeline/timeline.resolver';
import { migrations } from './migrations';

export const approvals: SubgraphDefinition = {
  name: 'approvals',
  port: 4003,
  schema: {
    resolvers: [
      CaseResolver,
      CaseItemResolver,
      IntakeResolver,
      TaskResolver,
      LicenceResolver,
      TimelineEntryResolver,
      CommitmentResolver,
      ...caseLinkResolvers,
    ],
    orphanedTypes: departmentReviewTypes,
    references: {
      Case: resolveCaseReference,
      Task: resolveTaskReference,
      DepartmentReview: resolveDepartmentReviewReference,
    },
  },
  entities: [Case, Task, Licence, SealKey, TimelineEntry, PublishedItem, PublishedBundle],
  migrations,
  consumers: [
    calendarReplicaConsumer('approvals'),
    catalogReplicaConsumer,
    prerequisitesCheckedConsumer,
    departmentTaskConsumer,
    materialEventsConsumer,
    calendarChangedConsumer,
  ],
};
