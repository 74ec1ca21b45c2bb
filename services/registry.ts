import type { SubgraphDefinition } from './kit';
import { center } from './center';
import { materials } from './materials';
import { approvals } from './approvals';
import { supervision } from './supervision';
import { departments } from './departments';

/** Every subgraph of the hub. A new department adds one line here and a folder of its own. */
export const subgraphs: SubgraphDefinition[] = [
  center,
  materials,
  approvals,
  supervision,
  ...departments,
];
