import { alignOne, defineLoader } from '../../kit';
import { Department } from './department.entity';

export const departmentByCode = defineLoader<string, Department | null>(async (codes, { em }) =>
  alignOne(codes, await em.find(Department, { code: { $in: [...codes] } }), (row) => row.code),
);
