import { Migration20261127140000_drc_projects } from './Migration20261127140000_drc_projects';

export const migrations = [
  { name: 'Migration20261127140000_drc_projects', class: Migration20261127140000_drc_projects },
];
