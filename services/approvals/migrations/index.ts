import { Migration20261127100000_cases } from './Migration20261127100000_cases';

export const migrations = [
  { name: 'Migration20261127100000_cases', class: Migration20261127100000_cases },
];
