import type {
  AnyEntity,
  EntityClass,
  EntityManager,
  MigrationObject,
  MikroORM,
} from '@mikro-orm/postgresql';
import type { FederatedSchemaOptions } from './schema/build-federated-schema';
import type { Registry } from 'prom-client';
import type { EventConsumer } from './events/hub-event';

/**
 * Everything the hub needs to know about one subgraph. A department adds itself to the hub by
 * exporting one of these; nothing else changes.
 */
export interface SubgraphDefinition {
  /** Subgraph name in the supergraph; also the PostgreSQL schema it owns. */
  name: string;
  /** Port it listens on in the default deployment. */
  port: number;
  schema: FederatedSchemaOptions;
  entities: EntityClass<AnyEntity>[];
  /** Timestamped migrations of its own schema, oldest first. */
  migrations: MigrationObject[];
  /** Events of other subgraphs this one reacts to. */
  consumers?: EventConsumer[];
  /** Work every replica runs beside its server (timers, listeners); stopped before the pool. */
  workers?: SubgraphWorker[];
  /** Metrics of its own beside the kit's (read at each scrape of its /metrics). */
  metrics?: (registry: Registry, orm: MikroORM) => void;
  /** Demo data; must change nothing when run a second time. */
  seed?: (em: EntityManager) => Promise<void>;
}

export type SubgraphWorker = (
  orm: MikroORM,
  options: { databaseUrl: string },
) => Promise<{ stop(): Promise<void> }>;
