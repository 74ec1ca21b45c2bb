import { alignMany, alignOne, defineLoader } from '../context/loaders';
import { DepartmentTask } from './department-task.entity';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentLicence } from './department-licence.entity';

export const taskById = defineLoader<string, DepartmentTask | null>(async (ids, { em }) =>
  alignOne(ids, await em.find(DepartmentTask, { id: { $in: [...ids] } }), (task) => task.id),
);

export const stepsByTask = defineLoader<string, DepartmentTaskStep[]>(async (ids, { em }) =>
  alignMany(
    ids,
    await em.find(
      DepartmentTaskStep,
      { taskId: { $in: [...ids] } },
      { orderBy: { sequence: 'asc' } },
    ),
    (step) => step.taskId,
  ),
);

/** Every licence a task's sign-offs sealed, the standing ones first, then by serial. */
export const licencesByTask = defineLoader<string, DepartmentLicence[]>(async (ids, { em }) =>
  alignMany(
    ids,
    await em.find(
      DepartmentLicence,
      { taskId: { $in: [...ids] } },
      { orderBy: { voidedAt: 'asc nulls first', serial: 'asc' } },
    ),
    (licence) => licence.taskId,
  ),
);
