import { Entity, PrimaryKey, type MikroORM } from '@mikro-orm/postgresql';
import {
  deliverBatch,
  migrate,
  openOrm,
  publishEvent,
  sql,
  type EventConsumer,
} from '../../services/kit';
import { createTestDatabase, type TestDatabase } from './database';

/** No table of its own: tests of delivery need only the event log the kit creates. */
@Entity({ tableName: 'unused' })
class Unused {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

/** Delivery looks at no topic or payload; these tests speak the contract's like any producer. */
export const testTopic = 'center.fee-entry.withdrawn';

export interface EventLogDatabase {
  orm: MikroORM;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** One event of `testTopic` per key, each in a transaction of its own, in order. */
  publish(...keys: string[]): Promise<void>;
  /**
   * A consumer of `testTopic` that notes every key it is handed (a batch rolled back later
   * included) and throws on the keys of `failsOn`, which are parked at their first failure.
   */
  recorder(name: string, failsOn?: string[]): { keys: string[]; deliverAll(): Promise<void> };
  close(): Promise<void>;
}

const parkAtOnce = { attempts: 1, firstDelayMs: 0, maxDelayMs: 0 };

/** A database of this test file's own with the hub's event log, and an ORM on `schema`. */
export async function openEventLogDatabase(schema: string): Promise<EventLogDatabase> {
  const database: TestDatabase = await createTestDatabase();
  const orm = await openOrm({
    schema,
    entities: [Unused],
    migrations: [],
    databaseUrl: database.url,
  });
  await migrate(orm);
  return {
    orm,
    sql: (query, params = []) => sql(orm.em, query, params),
    async publish(...keys) {
      for (const key of keys) {
        await orm.em
          .fork()
          .transactional((tx) =>
            publishEvent(tx, { topic: testTopic, key, payload: { code: key } }),
          );
      }
    },
    recorder(name, failsOn = []) {
      const keys: string[] = [];
      const consumer: EventConsumer = {
        name,
        topics: [testTopic],
        async handle(event) {
          if (failsOn.includes(event.key)) throw new Error(`cannot handle ${event.key}`);
          keys.push(event.key);
        },
      };
      const deliverAll = async () => {
        while ((await deliverBatch(orm.em, consumer, parkAtOnce)).more);
      };
      return { keys, deliverAll };
    },
    async close() {
      await orm.close();
      await database.drop();
    },
  };
}
