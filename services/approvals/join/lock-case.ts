import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../case/case.entity';
import { Task } from '../task/task.entity';

/**
 * Every change to a case or its tasks takes the case's row lock first, so a department's
 * decision, a withdrawal and a supplement on the same case happen one after another.
 */
export async function lockCase(tx: EntityManager, caseId: string): Promise<Case | null> {
  return tx.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export async function tasksOf(tx: EntityManager, caseId: string): Promise<Task[]> {
  return tx.find(Task, { caseId }, { orderBy: { departmentCode: 'asc' } });
}
