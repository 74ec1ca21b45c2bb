import { serveSubgraph } from '../kit';
import { materials } from '.';

serveSubgraph(materials);
