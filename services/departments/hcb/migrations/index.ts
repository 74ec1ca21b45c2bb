import { Migration20261127140000_hcb_construction_scale } from './Migration20261127140000_hcb_construction_scale';

export const migrations = [
  {
    name: 'Migration20261127140000_hcb_construction_scale',
    class: Migration20261127140000_hcb_construction_scale,
  },
];
