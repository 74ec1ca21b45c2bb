import { alignOne, defineLoader } from '../../kit';
import { ServiceRating } from './service-rating.entity';

export const ratingOfCase = defineLoader<string, ServiceRating | null>(async (caseIds, { em }) => {
  const ratings = await em.find(ServiceRating, { caseId: { $in: [...caseIds] } });
  return alignOne(caseIds, ratings, (rating) => rating.caseId);
});
