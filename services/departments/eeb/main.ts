import { serveSubgraph } from '../../kit';
import { eeb } from '.';

serveSubgraph(eeb);
