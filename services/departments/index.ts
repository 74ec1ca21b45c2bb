import { amr } from './amr';
import { drc } from './drc';
import { eeb } from './eeb';
import { hcb } from './hcb';
import { nrp } from './nrp';

/** One subgraph per department; a new department adds its folder and one entry here. */
export const departments = [drc, nrp, eeb, hcb, amr];
