import { departmentSubgraphName } from '../kit';
import { amr } from './amr';
import { departmentCodes } from './codes';
import { drc } from './drc';
import { eeb } from './eeb';
import { hcb } from './hcb';
import { nrp } from './nrp';

/** One subgraph per department; a new department adds its folder, one entry here and in codes.ts. */
export const departments = [drc, nrp, eeb, hcb, amr];

const subgraphNames = departments.map((department) => department.name).join();
if (subgraphNames !== departmentCodes.map(departmentSubgraphName).join()) {
  throw new Error(`services/departments/codes.ts does not list the departments of index.ts.`);
}
