import { calendarReplicaMigration, staffReplicaMigration } from '../../kit';
import { Migration20261128100000_supervision } from './Migration20261128100000_supervision';

export const migrations = [
  calendarReplicaMigration,
  staffReplicaMigration,
  { name: 'Migration20261128100000_supervision', class: Migration20261128100000_supervision },
];
