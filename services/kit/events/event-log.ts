import type { Connection } from '@mikro-orm/postgresql';

/**
 * The hub's event log: one append-only table in a schema of its own (no subgraph owns it).
 * Each row records the id of the transaction that wrote it, so consumers can read in commit
 * order and never step past a transaction that has not committed yet.
 */
export const eventChannel = 'onestop_events';

const eventLogDdl = `
  create schema if not exists events;
  create table if not exists events.event (
    position bigint generated always as identity primary key,
    transaction_id xid8 not null default pg_current_xact_id(),
    topic text not null,
    key text not null,
    payload jsonb not null,
    producer text not null,
    occurred_at timestamptz not null default now()
  );
  create index if not exists event_commit_order on events.event (transaction_id, position);
  create index if not exists event_topic_commit_order on events.event (topic, transaction_id, position);
`;

const consumerDdl = `
  create table if not exists event_consumer (
    name text primary key,
    transaction_id xid8 not null default '0',
    position bigint not null default 0,
    updated_at timestamptz not null default now()
  );
`;

/** Creates the event log and this subgraph's consumer positions; safe on every start. */
export async function ensureEventTables(connection: Connection): Promise<void> {
  await connection.execute(`
    begin;
    select pg_advisory_xact_lock(hashtext('onestop.events.ddl'));
    ${eventLogDdl}
    ${consumerDdl}
    commit;
  `);
}
