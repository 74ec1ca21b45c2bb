import { Migration20261127140000_amr_registrations } from './Migration20261127140000_amr_registrations';

export const migrations = [
  {
    name: 'Migration20261127140000_amr_registrations',
    class: Migration20261127140000_amr_registrations,
  },
];
