import type { NonEmptyArray } from 'type-graphql';
import type { SubgraphDefinition } from '../subgraph';
import { calendarReplicaMigration } from '../calendar/calendar-replica';
import { calendarReplicaConsumer } from '../calendar/calendar-replica.consumer';
import { staffReplicaMigration } from '../staff/staff-replica';
import { staffReplicaConsumer } from '../staff/staff-replica.consumer';
import { sealKeyMigration, sealKeyRevocationMigration } from '../seal/seal-keys';
import { sealRevocationConsumer } from './seal-revocation.consumer';
import { departmentSubgraphName, reviewTypeName, type DepartmentDefinition } from './department';
import { DepartmentTask } from './department-task.entity';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentLicence } from './department-licence.entity';
import {
  departmentWorkflowMigration,
  licenceHolderMigration,
  stepSequenceMigration,
} from './workflow-migration';
import { licencePerItemMigration } from './licence-per-item-migration';
import { feesChargedMigration } from './fee-charge';
import { departmentTaskConsumer } from './department-task.consumer';
import { departmentReviewSchema } from './review-schema';
import { sealWorker } from './seal-worker';
import { verifiedMaterialsMigration } from '../materials/verified-materials';
import { verifiedMaterialsConsumer } from '../materials/verified-materials.consumer';

/**
 * A whole department subgraph from what makes the department different: its code, name, port,
 * licence, and its own entities, migrations, resolvers and review fields. The workflow, the
 * seal, the staff and calendar replicas and the events come from the kit.
 */
export function departmentSubgraph(department: DepartmentDefinition): SubgraphDefinition {
  const { resolvers, Task, resolveReviewReference } = departmentReviewSchema(department);
  const name = departmentSubgraphName(department.code);
  return {
    name,
    port: department.port,
    schema: {
      resolvers: [...resolvers, ...(department.resolvers ?? [])] as NonEmptyArray<
        // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
        Function
      >,
      orphanedTypes: [Task],
      references: {
        Task: (reference) => ({ id: String(reference.id) }),
        [reviewTypeName(department.code)]: resolveReviewReference,
      },
    },
    entities: [
      DepartmentTask,
      DepartmentTaskStep,
      DepartmentLicence,
      ...(department.entities ?? []),
    ],
    migrations: [
      calendarReplicaMigration,
      staffReplicaMigration,
      sealKeyMigration,
      departmentWorkflowMigration,
      verifiedMaterialsMigration,
      sealKeyRevocationMigration,
      licencePerItemMigration,
      ...(department.migrations ?? []),
      licenceHolderMigration,
      stepSequenceMigration,
      feesChargedMigration,
    ],
    consumers: [
      departmentTaskConsumer(department.code),
      sealRevocationConsumer(department.code),
      staffReplicaConsumer(name),
      calendarReplicaConsumer(name),
      verifiedMaterialsConsumer(name),
    ],
    workers: [sealWorker(department.code)],
  };
}
