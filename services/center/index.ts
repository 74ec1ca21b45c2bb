import type { SubgraphDefinition } from '../kit';
import { Department } from './department/department.entity';
import { DepartmentResolver, resolveDepartmentReference } from './department/department.resolver';
import { migrations } from './migrations';
import { seedCenter } from './seed';

export const center: SubgraphDefinition = {
  name: 'center',
  port: 4001,
  schema: {
    resolvers: [DepartmentResolver],
    references: { Department: resolveDepartmentReference },
  },
  entities: [Department],
  migrations,
  seed: seedCenter,
};
