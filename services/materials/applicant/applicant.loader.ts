import { alignOne, defineLoader } from '../../kit';
import { Applicant } from './applicant.entity';

export const applicantById = defineLoader<string, Applicant | null>(async (ids, { em }) =>
  alignOne(ids, await em.find(Applicant, { id: { $in: [...ids] } }), (row) => row.id),
);
