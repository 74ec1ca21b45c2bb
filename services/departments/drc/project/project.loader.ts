import { alignOne, defineLoader } from '../../../kit';
import { DrcProject } from './project.entity';

export const projectByTask = defineLoader<string, DrcProject | null>(async (taskIds, { em }) =>
  alignOne(taskIds, await em.find(DrcProject, { taskId: { $in: [...taskIds] } }), (p) => p.taskId),
);
