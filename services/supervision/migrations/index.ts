import { calendarReplicaMigration, staffReplicaMigration } from '../../kit';
import { Migration20261128100000_supervision } from './Migration20261128100000_supervision';
import { Migration20261128110000_case_tally } from './Migration20261128110000_case_tally';
import { Migration20261128170000_review_required } from './Migration20261128170000_review_required';
import { Migration20261129010000_commitment_clocks } from './Migration20261129010000_commitment_clocks';

export const migrations = [
  calendarReplicaMigration,
  staffReplicaMigration,
  { name: 'Migration20261128100000_supervision', class: Migration20261128100000_supervision },
  { name: 'Migration20261128110000_case_tally', class: Migration20261128110000_case_tally },
  {
    name: 'Migration20261128170000_review_required',
    class: Migration20261128170000_review_required,
  },
  {
    name: 'Migration20261129010000_commitment_clocks',
    class: Migration20261129010000_commitment_clocks,
  },
];
