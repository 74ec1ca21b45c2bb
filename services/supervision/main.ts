import { serveSubgraph } from '../kit';
import { supervision } from '.';

serveSubgraph(supervision);
