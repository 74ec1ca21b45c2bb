import { alignMany, alignOne, defineLoader } from '../../kit';
import { Licence } from './licence.entity';
import { SealKey } from './seal-key.entity';

/** One licence per item a task approved, by serial. */
export const licencesByTaskId = defineLoader<string, Licence[]>(async (taskIds, { em }) =>
  alignMany(
    taskIds,
    await em.find(Licence, { taskId: { $in: [...taskIds] } }, { orderBy: { serial: 'asc' } }),
    (row) => row.taskId,
  ),
);

/** One licence per item of the case, a handful at most, so the list is returned whole. */
export const licencesByCaseId = defineLoader<string, Licence[]>(async (caseIds, { em }) =>
  alignMany(
    caseIds,
    await em.find(
      Licence,
      { caseId: { $in: [...caseIds] } },
      { orderBy: { departmentCode: 'asc', serial: 'asc' } },
    ),
    (row) => row.caseId,
  ),
);

export const sealKeyById = defineLoader<string, SealKey | null>(async (keyIds, { em }) =>
  alignOne(keyIds, await em.find(SealKey, { keyId: { $in: [...keyIds] } }), (row) => row.keyId),
);
