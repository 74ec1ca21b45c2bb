import { alignOne, defineLoader } from '../../kit';
import { MaterialType } from './material-type.entity';

export const materialTypeByCode = defineLoader<string, MaterialType | null>(async (codes, { em }) =>
  alignOne(codes, await em.find(MaterialType, { code: { $in: [...codes] } }), (row) => row.code),
);
