import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context';
import { Role } from '../identity/role';
import { clock } from '../clock/clock';
import { assertMayAct } from '../staff/assert-may-act';
import type { DepartmentTask } from './department-task.entity';
import { assertStatus, lockTask, openStatuses } from './task-lock';

/**
 * For a department's own mutations on a task (project data, planning parameters...): only a
 * reviewer of that department with a valid work permit, only while the task is undecided, with
 * the task's row locked so a sign-off cannot seal half-written details.
 */
export async function recordTaskDetails<T>(
  context: RequestContext,
  departmentCode: string,
  taskId: string,
  write: (tx: EntityManager, task: DepartmentTask) => Promise<T>,
): Promise<T> {
  await assertMayAct(context, {
    departmentCode,
    role: Role.DEPARTMENT_REVIEWER,
    at: clock.now(),
  });
  return context.em.transactional(async (tx) => {
    const task = await lockTask(tx, taskId);
    assertStatus(task, openStatuses);
    return write(tx, task);
  });
}
