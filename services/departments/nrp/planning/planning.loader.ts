import { alignOne, defineLoader } from '../../../kit';
import { NrpPlanning } from './planning.entity';

export const planningByTask = defineLoader<string, NrpPlanning | null>(async (taskIds, { em }) =>
  alignOne(taskIds, await em.find(NrpPlanning, { taskId: { $in: [...taskIds] } }), (p) => p.taskId),
);
