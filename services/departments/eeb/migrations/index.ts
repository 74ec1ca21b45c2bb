import { Migration20261127140000_eeb_assessments } from './Migration20261127140000_eeb_assessments';

export const migrations = [
  {
    name: 'Migration20261127140000_eeb_assessments',
    class: Migration20261127140000_eeb_assessments,
  },
];
