import { alignOne, defineLoader } from '../../../kit';
import { HcbConstructionScale } from './construction-scale.entity';

export const constructionScaleByTask = defineLoader<string, HcbConstructionScale | null>(
  async (taskIds, { em }) =>
    alignOne(
      taskIds,
      await em.find(HcbConstructionScale, { taskId: { $in: [...taskIds] } }),
      (scale) => scale.taskId,
    ),
);
