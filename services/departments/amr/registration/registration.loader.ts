import { alignOne, defineLoader } from '../../../kit';
import { AmrRegistration } from './registration.entity';

export const registrationByTask = defineLoader<string, AmrRegistration | null>(
  async (taskIds, { em }) =>
    alignOne(
      taskIds,
      await em.find(AmrRegistration, { taskId: { $in: [...taskIds] } }),
      (registration) => registration.taskId,
    ),
);
