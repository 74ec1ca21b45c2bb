import { alignMany, alignOne, defineLoader } from '../../kit';
import { Task } from './task.entity';

export const taskById = defineLoader<string, Task | null>(async (ids, { em }) =>
  alignOne(ids, await em.find(Task, { id: { $in: [...ids] } }), (row) => row.id),
);

/** A case has one task per department, so the list stays short and is returned whole. */
export const tasksByCaseId = defineLoader<string, Task[]>(async (caseIds, { em }) =>
  alignMany(
    caseIds,
    await em.find(Task, { caseId: { $in: [...caseIds] } }, { orderBy: { departmentCode: 'asc' } }),
    (row) => row.caseId,
  ),
);
