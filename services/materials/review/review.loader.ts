import { alignOne, defineLoader } from '../../kit';
import { MaterialReview } from './material-review.entity';

export const reviewByMaterial = defineLoader<string, MaterialReview | null>(async (ids, { em }) =>
  alignOne(
    ids,
    await em.find(MaterialReview, { materialId: { $in: [...ids] } }),
    (row) => row.materialId,
  ),
);
