import {
  MikroORM,
  type AnyEntity,
  type EntityClass,
  type MigrationObject,
} from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { CountingLogger } from './sql-statements';
import { ensureEventTables } from '../events/event-log';

export interface OrmOptions {
  /** The PostgreSQL schema this subgraph owns; nothing else writes to it. */
  schema: string;
  entities: EntityClass<AnyEntity>[];
  migrations: MigrationObject[];
  databaseUrl: string;
  poolSize?: number;
}

/**
 * Connections each subgraph process keeps at most (ONESTOP_PG_POOL_MAX, default 4). With nine
 * subgraphs that is 36, plus one LISTEN connection per subgraph with consumers and one for
 * supervision's live feed: under 50 for the whole hub, whether one process or nine.
 */
export function connectionPoolMax(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ONESTOP_PG_POOL_MAX || 4);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `ONESTOP_PG_POOL_MAX is a whole number of connections from 1; it is "${env.ONESTOP_PG_POOL_MAX}".`,
    );
  }
  return value;
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: options.poolSize ?? connectionPoolMax() },
    // Unqualified names in migrations and raw SQL resolve to the subgraph's own schema.
    driverOptions: { connection: { options: `-c search_path="${options.schema}",public` } },
    // Counting needs the 'query' namespace on; CountingLogger decides what is printed.
    debug: ['query'],
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions),
    forceUtcTimezone: true,
    allowGlobalContext: false,
  });
}

/** Brings the subgraph's schema up to its newest migration; safe to run on every start. */
export async function migrate(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  await orm.getMigrator().up();
  await ensureEventTables(orm.em.getConnection());
}
