import { readConfig } from '../config';
import type { SubgraphWorker } from '../subgraph';
import { ensureSealKey } from '../seal/seal-keys';

/** Gives the department its approval seal when it first starts; later starts find it there. */
export function sealWorker(departmentCode: string): SubgraphWorker {
  return async (orm) => {
    await ensureSealKey(orm.em, { departmentCode, secret: readConfig().sealKeyEncryptionKey });
    return { stop: async () => {} };
  };
}
