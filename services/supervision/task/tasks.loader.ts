import { alignMany, defineLoader } from '../../kit';
import { SupervisedTask } from './supervised-task.entity';

/** The tasks of many cases in one query. */
export const tasksOfCase = defineLoader<string, SupervisedTask[]>(async (caseIds, { em }) => {
  const tasks = await em.find(
    SupervisedTask,
    { caseId: { $in: [...caseIds] } },
    { orderBy: { departmentCode: 'asc', id: 'asc' } },
  );
  return alignMany(caseIds, tasks, (task) => task.caseId);
});
