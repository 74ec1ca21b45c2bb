import { alignOne, defineLoader } from '../../../kit';
import { EebAssessment } from './assessment.entity';

export const assessmentByTask = defineLoader<string, EebAssessment | null>(
  async (taskIds, { em }) =>
    alignOne(
      taskIds,
      await em.find(EebAssessment, { taskId: { $in: [...taskIds] } }),
      (assessment) => assessment.taskId,
    ),
);
