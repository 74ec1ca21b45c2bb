import { alignOne, defineLoader } from '../../kit';
import { FeeEntry } from './fee-entry.entity';

export const feeEntryByCode = defineLoader<string, FeeEntry | null>(async (codes, { em }) =>
  alignOne(codes, await em.find(FeeEntry, { code: { $in: [...codes] } }), (row) => row.code),
);
