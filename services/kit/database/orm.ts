import {
  MikroORM,
  type AnyEntity,
  type EntityClass,
  type MigrationObject,
} from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { CountingLogger } from './sql-statements';
import { ensureEventTables } from '../events/event-log';
import { rebaseRestoredEventLog } from '../events/restored-log';
import { readConfig, type Timeouts } from '../config';
import { StartupError } from '../errors/startup-error';

export interface OrmOptions {
  /** The PostgreSQL schema this subgraph owns; nothing else writes to it. */
  schema: string;
  entities: EntityClass<AnyEntity>[];
  migrations: MigrationObject[];
  databaseUrl: string;
  poolSize?: number;
  /** Defaults to the configured ones. */
  timeouts?: Pick<Timeouts, 'statementMs' | 'lockMs' | 'poolAcquireMs'>;
}

/**
 * Session settings of every connection: the subgraph's own schema first, and no statement,
 * lock wait or forgotten open transaction that can hold a connection (or a row) for ever.
 */
function sessionOptions(schema: string, timeouts: NonNullable<OrmOptions['timeouts']>): string {
  return [
    `-c search_path="${schema}",public`,
    `-c statement_timeout=${timeouts.statementMs}`,
    `-c lock_timeout=${timeouts.lockMs}`,
    `-c idle_in_transaction_session_timeout=${Math.max(60_000, 2 * timeouts.statementMs)}`,
  ].join(' ');
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
  const timeouts = options.timeouts ?? readConfig().timeouts;
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
    pool: {
      min: 0,
      max: options.poolSize ?? connectionPoolMax(),
      acquireTimeoutMillis: timeouts.poolAcquireMs,
    },
    // Unqualified names in migrations and raw SQL resolve to the subgraph's own schema.
    driverOptions: { connection: { options: sessionOptions(options.schema, timeouts) } },
    // Counting needs the 'query' namespace on; CountingLogger decides what is printed.
    debug: ['query'],
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions),
    forceUtcTimezone: true,
    allowGlobalContext: false,
  });
}

/**
 * A subgraph's role may not create schemas nor change the event log: a refusal there means the
 * database was not provisioned for it, which the operator fixes in one command.
 */
async function provisioned<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    throw new StartupError(
      `${what} was refused (${(error as Error).message}): provision the database first with its administrator's URL, DATABASE_URL=… npm run db:roles (docs/operations.md, "Database roles").`,
    );
  }
}

/** Brings the subgraph's schema up to its newest migration; safe to run on every start. */
export async function migrate(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  const connection = orm.em.getConnection();
  // Provisioning creates the schema for the subgraph's role, which may not create schemas; a
  // database's administrator (tests, earlier deployments) still gets it made here.
  const [{ present }] = await connection.execute<{ present: boolean }[]>(
    'select exists (select from pg_namespace where nspname = ?) as present',
    [schema],
  );
  if (!present) {
    await provisioned(`Creating schema ${schema}`, () =>
      connection.execute(`create schema if not exists "${schema}"`),
    );
  }
  await orm.getMigrator().up();
  await provisioned('Creating the event log', () => ensureEventTables(connection));
  await provisioned('Re-basing a restored event log', () => rebaseRestoredEventLog(connection));
}
