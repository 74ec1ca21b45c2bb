import {
  calendarReplicaMigration,
  staffReplicaMigration,
  verifiedMaterialsMigration,
} from '../../kit';
import { Migration20261127100000_cases } from './Migration20261127100000_cases';
import { Migration20261127130000_joint_approval } from './Migration20261127130000_joint_approval';
import { Migration20261127140000_seal_revocation } from './Migration20261127140000_seal_revocation';
import { Migration20261128170000_reform } from './Migration20261128170000_reform';
import { Migration20261128170000_licence_per_item } from './Migration20261128170000_licence_per_item';
import { Migration20261128210000_licence_holder } from './Migration20261128210000_licence_holder';
import { Migration20261129000000_fee_assessment } from './Migration20261129000000_fee_assessment';

export const migrations = [
  { name: 'Migration20261127100000_cases', class: Migration20261127100000_cases },
  calendarReplicaMigration,
  staffReplicaMigration,
  { name: 'Migration20261127130000_joint_approval', class: Migration20261127130000_joint_approval },
  {
    name: 'Migration20261127140000_seal_revocation',
    class: Migration20261127140000_seal_revocation,
  },
  verifiedMaterialsMigration,
  {
    name: 'Migration20261128170000_reform',
    class: Migration20261128170000_reform,
  },
  {
    name: 'Migration20261128170000_licence_per_item',
    class: Migration20261128170000_licence_per_item,
  },
  { name: 'Migration20261128210000_licence_holder', class: Migration20261128210000_licence_holder },
  { name: 'Migration20261129000000_fee_assessment', class: Migration20261129000000_fee_assessment },
];
