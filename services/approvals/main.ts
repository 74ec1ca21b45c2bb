import { serveSubgraph } from '../kit';
import { approvals } from '.';

serveSubgraph(approvals);
