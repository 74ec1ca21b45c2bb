import type { SubgraphDefinition } from '../kit';
import { Case } from './case/case.entity';
import { CaseResolver } from './case/case.resolver';
import { migrations } from './migrations';
import { seedApprovals } from './seed';

export const approvals: SubgraphDefinition = {
  name: 'approvals',
  port: 4003,
  schema: { resolvers: [CaseResolver] },
  entities: [Case],
  migrations,
  seed: seedApprovals,
};
