import { Migration20261127140000_nrp_planning } from './Migration20261127140000_nrp_planning';

export const migrations = [
  { name: 'Migration20261127140000_nrp_planning', class: Migration20261127140000_nrp_planning },
];
