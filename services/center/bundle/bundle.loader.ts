import { alignOne, defineLoader } from '../../kit';
import { Bundle } from './bundle.entity';

export const bundleByCode = defineLoader<string, Bundle | null>(async (codes, { em }) =>
  alignOne(codes, await em.find(Bundle, { code: { $in: [...codes] } }), (row) => row.code),
);
