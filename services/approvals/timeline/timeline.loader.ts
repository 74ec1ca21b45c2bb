import { alignMany, defineLoader } from '../../kit';
import { TimelineEntry } from './timeline-entry.entity';

/**
 * A task's own entries: a handful per step, so they come whole, for every task of a page in one
 * statement. The case's timeline, which gathers all of them, is paginated.
 */
export const timelineByTaskId = defineLoader<string, TimelineEntry[]>(async (taskIds, { em }) =>
  alignMany(
    taskIds,
    await em.find(
      TimelineEntry,
      { taskId: { $in: [...taskIds] } },
      { orderBy: { at: 'asc', id: 'asc' } },
    ),
    (row) => row.taskId!,
  ),
);
