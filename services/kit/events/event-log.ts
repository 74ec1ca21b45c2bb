import type { Connection } from '@mikro-orm/postgresql';

/**
 * The hub's event log: one append-only table in a schema of its own (no subgraph owns it).
 * Each row records the id of the transaction that wrote it, so a reader can tell from a
 * snapshot whether that transaction had committed when the snapshot was taken.
 */
export const eventChannel = 'onestop_events';

/**
 * A snapshot in which no transaction is visible yet: a consumer that starts here is handed every
 * event still in the log.
 */
export const beforeEveryTransaction = '3:3:';

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

/**
 * Where each consumer of the hub is: every event visible in \`delivered\` has been handed over
 * (or parked); \`batch\`, when set, is the snapshot being handed over now, up to the event at
 * \`batch_transaction_id\` and \`batch_position\`. When its handler failed: which event, how often,
 * and when to try again. Parked events are those a consumer gave up on after its retries.
 */
const consumerDdl = `
  create table if not exists events.consumer (
    name text primary key,
    delivered pg_snapshot not null default '${beforeEveryTransaction}',
    batch pg_snapshot,
    batch_transaction_id xid8 not null default '0',
    batch_position bigint not null default 0,
    updated_at timestamptz not null default now()
  );
  alter table events.consumer
    add column if not exists failures int not null default 0,
    add column if not exists failed_position bigint,
    add column if not exists retry_at timestamptz,
    add column if not exists last_error text;
  create table if not exists events.parked_event (
    id bigint generated always as identity primary key,
    consumer text not null,
    position bigint not null,
    topic text not null,
    key text not null,
    attempts int not null,
    error text not null,
    parked_at timestamptz not null default now(),
    retry_requested_at timestamptz,
    unique (consumer, position)
  );
  create table if not exists events.event_archive (
    position bigint primary key,
    transaction_id xid8 not null,
    topic text not null,
    key text not null,
    payload jsonb not null,
    producer text not null,
    occurred_at timestamptz not null,
    archived_at timestamptz not null default now()
  );
`;

/**
 * Consumers used to keep a (transaction id, position) pair in their subgraph's own schema. Every
 * transaction below that id had finished, so the snapshot "nothing from that id on" resumes there,
 * handing that one transaction's events over again (consumers are idempotent).
 */
const formerPositionsDdl = `
  do $$
  begin
    if to_regclass('event_consumer') is not null then
      insert into events.consumer (name, delivered)
        select name, (greatest(transaction_id, '3')::text || ':' || greatest(transaction_id, '3')::text || ':')::pg_snapshot
          from event_consumer
        on conflict (name) do nothing;
      drop table event_consumer;
    end if;
  end $$;
`;

/**
 * SQL condition: event \`e\` has been handed to consumer \`c\` (a row of events.consumer), as far as
 * the statement's snapshot can tell.
 */
export const handedOver = `(pg_visible_in_snapshot(e.transaction_id, c.delivered)
  or (c.batch is not null and pg_visible_in_snapshot(e.transaction_id, c.batch)
      and (e.transaction_id, e.position) <= (c.batch_transaction_id, c.batch_position)))`;

/**
 * Moves up to \`chunk\` events older than \`retention_days\` from the log to the archive, once every
 * consumer has been handed them and none holds them parked; one caller at a time (the others get
 * 0). It runs as its owner, the log's administrator (security definer): subgraph roles may call it
 * but may not delete from the log themselves. See event-retention.ts.
 */
const archiveFunctionDdl = `
  create function events.archive_delivered(retention_days integer, chunk integer)
  returns integer
  language plpgsql security definer set search_path = pg_catalog, pg_temp
  as $archive$
  declare
    moved integer;
  begin
    if not pg_try_advisory_xact_lock(hashtext('onestop.event-archive')) then
      return 0;
    end if;
    with gone as (
      delete from events.event e
       where e.position in (
         select e.position from events.event e
          where e.occurred_at < now() - retention_days * interval '1 day'
            and not exists (select from events.consumer c where not ${handedOver})
            and not exists (select from events.parked_event p where p.position = e.position)
          order by e.position
          limit chunk)
      returning e.*)
    , archived as (
      insert into events.event_archive
             (position, transaction_id, topic, key, payload, producer, occurred_at)
      select position, transaction_id, topic, key, payload, producer, occurred_at from gone
      returning 1)
    select count(*)::integer into moved from archived;
    return moved;
  end
  $archive$;
  revoke all on function events.archive_delivered(integer, integer) from public;
`;

/**
 * Creates the event log and the consumers' positions; safe on every start. Run by the database's
 * provisioning as its administrator (services/kit/database/roles.ts), who owns the log: on a
 * provisioned database a subgraph's start finds it complete and changes nothing.
 */
export const ensureEventTablesStatement = `
    begin;
    select pg_advisory_xact_lock(hashtext('onestop.events.ddl'));
    do $$
    begin
      -- Only a log that is not complete yet is altered: DDL on tables that exist would lock them
      -- against the running consumers and writers of subgraphs that started first (a deadlock).
      if to_regclass('events.event_archive') is null
         or not exists (select 1 from pg_attribute
                         where attrelid = to_regclass('events.consumer') and attname = 'last_error') then
        ${eventLogDdl}
        ${consumerDdl}
      end if;
      if to_regprocedure('events.archive_delivered(integer, integer)') is null then
        ${archiveFunctionDdl}
      end if;
    end $$;
    ${formerPositionsDdl}
    commit;
  `;

/** Creates the event log and the consumers' positions; safe on every start. */
export async function ensureEventTables(connection: Connection): Promise<void> {
  await connection.execute(ensureEventTablesStatement);
}
