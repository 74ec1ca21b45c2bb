import { serveSubgraph } from '../../kit';
import { hcb } from '.';

serveSubgraph(hcb);
