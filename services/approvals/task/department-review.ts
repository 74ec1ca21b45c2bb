import { departmentReviewReferences, type DepartmentReviewKey } from '../../kit';
import { departmentCodes } from '../../departments/codes';
import type { Task } from './task.entity';

export const { DepartmentReviewReference, implementations: departmentReviewTypes } =
  departmentReviewReferences(departmentCodes);

/** The department's review of a task: the task's id, typed after its department. */
export const departmentReviewOf = (task: Task): DepartmentReviewKey => ({
  id: task.id,
  departmentCode: task.departmentCode,
});
