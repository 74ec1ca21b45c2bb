import { serveSubgraph } from '../../kit';
import { nrp } from '.';

serveSubgraph(nrp);
