import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentStore } from './content-store';
import { StoredContent } from './stored-content.entity';

export const postgresContentStore: ContentStore = {
  async put(em, bytes) {
    const content = em.create(StoredContent, { bytes } as StoredContent);
    await em.persistAndFlush(content);
    return content.key;
  },
  async get(em: EntityManager, key: string) {
    const content = await em.findOne(StoredContent, { key }, { populate: ['bytes'] });
    return content ? content.bytes : null;
  },
};
