import { alignMany, defineLoader } from '../../kit';
import { SupervisedCommitment } from './supervised-commitment.entity';

/** The commitment clocks of many cases in one query. */
export const commitmentsOfCase = defineLoader<string, SupervisedCommitment[]>(
  async (caseIds, { em }) => {
    const clocks = await em.find(
      SupervisedCommitment,
      { caseId: { $in: [...caseIds] } },
      { orderBy: { materialTypeCode: 'asc', id: 'asc' } },
    );
    return alignMany(caseIds, clocks, (clock) => clock.caseId);
  },
);
