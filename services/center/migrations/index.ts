import { Migration20261127100000_departments } from './Migration20261127100000_departments';

export const migrations = [
  { name: 'Migration20261127100000_departments', class: Migration20261127100000_departments },
];
