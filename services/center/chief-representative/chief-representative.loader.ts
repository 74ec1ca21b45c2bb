import { clock, defineLoader, localDate, representativeActiveOn } from '../../kit';
import { ChiefRepresentative } from './chief-representative.entity';

/** The authorization in force today for each department, if any. */
export const activeRepresentativeOf = defineLoader<string, ChiefRepresentative | null>(
  async (codes, { em }) => {
    const now = clock.now();
    const today = localDate(now);
    const rows = await em.find(ChiefRepresentative, {
      departmentCode: { $in: [...codes] },
      revokedAt: null,
      validFrom: { $lte: today },
      validTo: { $gte: today },
    });
    return codes.map(
      (code) =>
        rows.find(
          (row) => row.departmentCode === code && representativeActiveOn(row, today, now),
        ) ?? null,
    );
  },
);
