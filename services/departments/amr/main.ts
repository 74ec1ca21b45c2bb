import { serveSubgraph } from '../../kit';
import { amr } from '.';

serveSubgraph(amr);
