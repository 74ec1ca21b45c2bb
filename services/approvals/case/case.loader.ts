import { alignOne, defineLoader } from '../../kit';
import { Case } from './case.entity';

export const caseById = defineLoader<string, Case | null>(async (ids, { em }) =>
  alignOne(ids, await em.find(Case, { id: { $in: [...ids] } }), (row) => row.id),
);
