import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where material bytes live. The default keeps them in PostgreSQL, in the same transaction as
 * the material row; another store (an object store, say) implements the same two calls.
 */
export interface ContentStore {
  /** Stores the bytes as part of `em`'s unit of work and returns the key to read them back. */
  put(em: EntityManager, bytes: Buffer): Promise<string>;
  get(em: EntityManager, key: string): Promise<Buffer | null>;
}
