import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from './case/case.entity';
import { CaseStatus } from './case/case-status';

const demoCases = [
  {
    reference: 'OS-2026-000001',
    title: 'Riverside logistics warehouse: start a construction project',
    status: CaseStatus.IN_PROGRESS,
    departmentCodes: ['DRC', 'NRP', 'EEB', 'HCB'],
  },
  {
    reference: 'OS-2026-000002',
    title: 'Green Leaf Tea House: open a business',
    status: CaseStatus.COMPLETED,
    departmentCodes: ['AMR'],
  },
];

export async function seedApprovals(em: EntityManager): Promise<void> {
  await em
    .createQueryBuilder(Case)
    .insert(demoCases.map((row) => ({ ...row, createdAt: new Date() })))
    .onConflict('reference')
    .ignore()
    .execute();
}
