import { alignMany, alignOne, defineLoader } from '../../kit';
import { Licence } from './licence.entity';
import { SealKey } from './seal-key.entity';

export const licenceByTaskId = defineLoader<string, Licence | null>(async (taskIds, { em }) =>
  alignOne(taskIds, await em.find(Licence, { taskId: { $in: [...taskIds] } }), (row) => row.taskId),
);

/** At most one licence per task of the case, so the list is returned whole. */
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
