import { Migration20261127100000_departments } from './Migration20261127100000_departments';
import { Migration20261127110000_sections_windows } from './Migration20261127110000_sections_windows';
import { Migration20261127110100_fees_items_bundles } from './Migration20261127110100_fees_items_bundles';
import { Migration20261127110200_staff_seals } from './Migration20261127110200_staff_seals';
import { Migration20261127110300_calendar } from './Migration20261127110300_calendar';
import { Migration20261129070000_department_names } from './Migration20261129070000_department_names';

export const migrations = [
  { name: 'Migration20261127100000_departments', class: Migration20261127100000_departments },
  {
    name: 'Migration20261127110000_sections_windows',
    class: Migration20261127110000_sections_windows,
  },
  {
    name: 'Migration20261127110100_fees_items_bundles',
    class: Migration20261127110100_fees_items_bundles,
  },
  { name: 'Migration20261127110200_staff_seals', class: Migration20261127110200_staff_seals },
  { name: 'Migration20261127110300_calendar', class: Migration20261127110300_calendar },
  {
    name: 'Migration20261129070000_department_names',
    class: Migration20261129070000_department_names,
  },
];
