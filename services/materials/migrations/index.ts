import { staffReplicaMigration } from '../../kit';
import { Migration20261127110000_materials } from './Migration20261127110000_materials';
import { Migration20261127110100_material_types } from './Migration20261127110100_material_types';
import { Migration20261128170000_reform_materials } from './Migration20261128170000_reform_materials';
import { Migration20261129070000_department_replica } from './Migration20261129070000_department_replica';

export const migrations = [
  { name: 'Migration20261127110000_materials', class: Migration20261127110000_materials },
  { name: 'Migration20261127110100_material_types', class: Migration20261127110100_material_types },
  // Staff act here only while the center's registry certifies them (the kit's one rule).
  staffReplicaMigration,
  {
    name: 'Migration20261128170000_reform_materials',
    class: Migration20261128170000_reform_materials,
  },
  {
    name: 'Migration20261129070000_department_replica',
    class: Migration20261129070000_department_replica,
  },
];
