import { serveSubgraph } from '../../kit';
import { drc } from '.';

serveSubgraph(drc);
