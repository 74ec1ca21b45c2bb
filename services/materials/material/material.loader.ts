import { alignOne, defineLoader } from '../../kit';
import { Material } from './material.entity';

export const materialById = defineLoader<string, Material | null>(async (ids, { em }) =>
  alignOne(ids, await em.find(Material, { id: { $in: [...ids] } }), (row) => row.id),
);
