import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql';

/**
 * What a database needs beside its event log to take part in the exchange of events:
 *
 * - `events.source`: the database's id, made once at random. The relay names each event it
 *   publishes `<id>:<position>`, which is unique and stable across every database's log.
 * - `events.ingested_event`: every event copied in from another database, by its source and
 *   position there, with the position it took in this log. Its key makes the copy idempotent,
 *   and the relay skips the events it lists (they were published by their own database).
 */
export const bridgeDdl = `
  create table if not exists events.source (
    singleton boolean primary key default true check (singleton),
    id text not null default gen_random_uuid()::text,
    created_at timestamptz not null default now()
  );
  insert into events.source default values on conflict do nothing;
  create table if not exists events.ingested_event (
    source text not null,
    source_position bigint not null,
    position bigint not null unique,
    stream_sequence bigint not null,
    ingested_at timestamptz not null default now(),
    primary key (source, source_position)
  );
`;

/** Creates the tables above when missing; returns this database's id. */
export async function ensureEventSource(em: EntityManager): Promise<string> {
  return em.fork().transactional(async (tx) => {
    await sql(tx, `select pg_advisory_xact_lock(hashtext('onestop.events.ddl'))`);
    // DDL only when missing: it would lock the tables against running relays and ingests.
    const [{ present }] = await sql<{ present: boolean }>(
      tx,
      `select to_regclass('events.ingested_event') is not null as present`,
    );
    if (!present) await sql(tx, bridgeDdl);
    const [{ id }] = await sql<{ id: string }>(tx, 'select id from events.source');
    return id;
  });
}
