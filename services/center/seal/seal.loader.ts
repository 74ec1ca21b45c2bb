import { alignOne, defineLoader } from '../../kit';
import { Seal } from './seal.entity';
import { SealStatus } from './seal-status';

export const activeSealOf = defineLoader<string, Seal | null>(async (codes, { em }) =>
  alignOne(
    codes,
    await em.find(Seal, { departmentCode: { $in: [...codes] }, status: SealStatus.ACTIVE }),
    (row) => row.departmentCode,
  ),
);
