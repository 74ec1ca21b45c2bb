import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../identity/identity';

/** What every resolver of every subgraph receives; one per request, never shared. */
export interface RequestContext {
  identity: Identity;
  /** A fork of the subgraph's EntityManager: its identity map lives as long as the request. */
  em: EntityManager;
  /** DataLoaders created lazily for this request (see `defineLoader`). */
  loaders: Map<symbol, unknown>;
}
