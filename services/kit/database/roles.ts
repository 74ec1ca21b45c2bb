import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseIdentity, subgraphRoleUrls } from '../config';
import { ensureEventTablesStatement } from '../events/event-log';
import { rebaseRestoredEventLogStatement } from '../events/restored-log';
import { bridgeDdl } from '../events/jetstream/event-source';
import { withAdminClient } from './databases';

/**
 * Least privilege in the database: every subgraph connects as a PostgreSQL role of its own
 * (`onestop_center`, `onestop_department_drc`, …) that
 * - owns its subgraph's schema and everything in it (its migrations run as that role), and can
 *   use no other subgraph's schema: reading or writing another's table is refused;
 * - may use the shared event log in `events`, which the administrator owns: append events and read
 *   them (no update, no delete: no subgraph rewrites the log; delivered events move to the archive
 *   through a function that runs as the log's owner), keep its consumers' positions and parked
 *   events, and copy in events of other databases (the exchange through NATS, events/jetstream).
 *   LISTEN/NOTIFY needs no grant.
 *
 * The administrator (the `DATABASE_URL` given to `npm start`, the tests' hubs and
 * `npm run db:roles`) provisions the database before any subgraph starts: the event log, a restored
 * log's re-basing, the roles with their passwords, each schema and its objects handed to its role,
 * and the grants. Every step is idempotent, so it runs at every start, and it brings a database
 * made before roles existed (or restored with `pg_restore --no-owner --no-privileges`) into shape.
 */

/** What each subgraph's role may do on the event log's tables; nothing else in `events`. */
export const eventLogGrants: Record<string, string> = {
  // No delete: archiving goes through events.archive_delivered, which runs as the log's owner.
  'events.event': 'select, insert',
  'events.event_archive': 'select',
  'events.consumer': 'select, insert, update, delete',
  'events.parked_event': 'select, insert, update, delete',
  // The exchange of events between databases (events/jetstream), run beside a subgraph.
  'events.source': 'select',
  'events.ingested_event': 'select, insert',
};

export interface ProvisionOptions {
  env?: NodeJS.ProcessEnv;
  /** Subgraphs' URLs given by the caller, before `<SUBGRAPH>_DATABASE_URL` (see subgraphRoleUrls). */
  urls?: Record<string, string>;
  log?: (line: string) => void;
}

interface SubgraphRole {
  subgraph: string;
  role: string;
  password: string;
}

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802, as `CREATE ROLE … PASSWORD`
 * accepts it): the password itself never reaches the server's statement log. A password that is
 * not printable ASCII is sent as it is, and the server normalizes it (SASLprep).
 */
function scramVerifier(password: string): string {
  if (!/^[\x20-\x7e]*$/.test(password)) return password;
  const salt = randomBytes(16);
  const iterations = 4096;
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest('base64');
  const serverKey = createHmac('sha256', salted).update('Server Key').digest('base64');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey}:${serverKey}`;
}

/**
 * Roles are the cluster's, shared by every database in it: they are created and given their
 * password on the maintenance database, one provisioning at a time (two hubs starting on one
 * server would otherwise update the same role at once).
 */
async function ensureRoles(adminUrl: string, roles: SubgraphRole[]): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`select pg_advisory_lock(hashtext('onestop.database-roles'))`);
    try {
      const { rows } = await client.query<{ rolname: string }>(
        'select rolname from pg_roles where rolname = any($1)',
        [roles.map(({ role }) => role)],
      );
      const existing = new Set(rows.map(({ rolname }) => rolname));
      for (const { role, password } of roles) {
        const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit password ${literal(scramVerifier(password))}`;
        await client.query(
          `${existing.has(role) ? 'alter' : 'create'} role ${identifier(role)} with ${attributes}`,
        );
      }
      // An administrator that is not a superuser hands schemas to the roles as their member.
      const [{ rolsuper }] = (
        await client.query<{ rolsuper: boolean }>(
          'select rolsuper from pg_roles where rolname = current_user',
        )
      ).rows;
      if (!rolsuper) {
        for (const { role } of roles)
          await client.query(`grant ${identifier(role)} to current_user`);
      }
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('onestop.database-roles'))`);
    }
  });
}

/**
 * Hands `schema` and everything in it to `role`: tables, views, free-standing sequences, types and
 * routines (indexes, triggers and a table's own sequences follow their table). Schemas made by
 * the single user of earlier versions, or restored without owners, end up as a fresh one would.
 */
const handOver = (schema: string, role: string) => `
  do $$
  declare
    target name := ${literal(schema)};
    owner_role name := ${literal(role)};
    object record;
  begin
    if to_regnamespace(quote_ident(target)) is null then
      execute format('create schema %I authorization %I', target, owner_role);
      return;
    end if;
    if (select nspowner from pg_namespace where nspname = target) <> to_regrole(quote_ident(owner_role)) then
      execute format('alter schema %I owner to %I', target, owner_role);
    end if;
    for object in
      select c.oid::regclass::text as name,
             case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                            when 'm' then 'materialized view' when 'f' then 'foreign table'
                            else 'table' end as kind
        from pg_class c
       where c.relnamespace = to_regnamespace(quote_ident(target))
         and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
         and c.relowner <> to_regrole(quote_ident(owner_role))
         and not (c.relkind = 'S' and exists (
               select from pg_depend d
                where d.classid = 'pg_class'::regclass and d.objid = c.oid
                  and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
    loop
      execute format('alter %s %s owner to %I', object.kind, object.name, owner_role);
    end loop;
    for object in
      select t.oid::regtype::text as name,
             case t.typtype when 'd' then 'domain' else 'type' end as kind
        from pg_type t
       where t.typnamespace = to_regnamespace(quote_ident(target))
         and t.typowner <> to_regrole(quote_ident(owner_role))
         and (t.typtype in ('e', 'd', 'r')
              or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))
    loop
      execute format('alter %s %s owner to %I', object.kind, object.name, owner_role);
    end loop;
    for object in
      select p.oid::regprocedure::text as name
        from pg_proc p
       where p.pronamespace = to_regnamespace(quote_ident(target))
         and p.proowner <> to_regrole(quote_ident(owner_role))
    loop
      execute format('alter routine %s owner to %I', object.name, owner_role);
    end loop;
  end $$;
`;

/** Exactly the event log's grants: what an earlier version granted more is taken back. */
const eventLogAccess = (role: string) => [
  `revoke all on all tables in schema events from ${identifier(role)}`,
  `revoke all on all sequences in schema events from ${identifier(role)}`,
  `grant usage on schema events to ${identifier(role)}`,
  ...Object.entries(eventLogGrants).map(
    ([table, privileges]) => `grant ${privileges} on ${table} to ${identifier(role)}`,
  ),
  // The ingest takes a position of the log for each event it copies in (nextval).
  `grant usage on all sequences in schema events to ${identifier(role)}`,
  `revoke all on all functions in schema events from ${identifier(role)}`,
  `grant execute on function events.archive_delivered(integer, integer) to ${identifier(role)}`,
];

/**
 * Provisions the database at `adminUrl` (its administrator's URL) for `subgraphs` and returns the
 * URL each subgraph connects with (see subgraphRoleUrls). A subgraph whose URL points at
 * another database is left to that database's provisioning.
 */
export async function provisionDatabase(
  adminUrl: string,
  subgraphs: string[],
  options: ProvisionOptions = {},
): Promise<Record<string, string>> {
  const urls = subgraphRoleUrls(subgraphs, adminUrl, options.env, options.urls);
  const roles: SubgraphRole[] = [];
  for (const subgraph of subgraphs) {
    const url = new URL(urls[subgraph]);
    if (databaseIdentity(urls[subgraph]) !== databaseIdentity(adminUrl)) {
      options.log?.(`Subgraph ${subgraph} uses another database: provision it there.`);
      continue;
    }
    roles.push({
      subgraph,
      role: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    });
  }
  if (roles.length === 0) return urls;
  await ensureRoles(adminUrl, roles);

  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(ensureEventTablesStatement);
    await client.query(rebaseRestoredEventLogStatement);
    await client.query('begin');
    // Under the lock of the log's DDL: a subgraph's own start (as an earlier version's single
    // user) takes it too, so the two never change the same objects at once.
    await client.query(`select pg_advisory_xact_lock(hashtext('onestop.events.ddl'))`);
    const { rows } = await client.query<{ present: boolean }>(
      `select to_regclass('events.ingested_event') is not null as present`,
    );
    if (!rows[0].present) await client.query(bridgeDdl);
    // Before PostgreSQL 15 everyone may create tables in `public`; no subgraph role should.
    await client.query('revoke create on schema public from public');
    for (const { subgraph, role } of roles) {
      await client.query(handOver(subgraph, role));
      for (const statement of eventLogAccess(role)) await client.query(statement);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  options.log?.(`Database roles ready: ${roles.map(({ role }) => role).join(', ')}`);
  return urls;
}
