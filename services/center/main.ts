import { serveSubgraph } from '../kit';
import { center } from '.';

serveSubgraph(center);
