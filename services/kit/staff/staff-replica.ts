import { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import type { EventConsumer, HubEvent } from '../events/hub-event';
import { staffReplicaTables as tables } from './staff-directory';
import {
  staffTopics,
  type PermitIssuedPayload,
  type PermitRevokedPayload,
  type RepresentativeAuthorizedPayload,
  type RepresentativeRevokedPayload,
  type StaffRegisteredPayload,
} from './staff-events';

class KitStaffReplicaMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ${tables.staff} (
        subject text primary key,
        name text not null,
        department_code text not null,
        section_code text,
        duty text not null
      )`);
    this.addSql(`
      create table ${tables.permits} (
        number text primary key,
        subject text not null,
        issued_on date not null,
        expires_on date not null,
        revoked_at timestamptz
      )`);
    this.addSql(`create index ${tables.permits}_subject on ${tables.permits} (subject)`);
    this.addSql(`
      create table ${tables.representatives} (
        id uuid primary key,
        subject text not null,
        department_code text not null,
        scope_all boolean not null,
        item_codes text[] not null,
        valid_from date not null,
        valid_to date not null,
        revoked_at timestamptz
      )`);
    this.addSql(
      `create index ${tables.representatives}_department on ${tables.representatives} (department_code)`,
    );
  }
}

/** Add to a subgraph's `migrations` (with `staffReplicaConsumer`) to use the permit checks. */
export const staffReplicaMigration: MigrationObject = {
  name: 'Migration20261127120100_kit_staff_replica',
  class: KitStaffReplicaMigration,
};

type Handler = (em: EntityManager, payload: any) => Promise<unknown>;

const run = (em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute(sql, params, 'run', em.getTransactionContext());

// Upserts keyed by what the event names, so a redelivered event changes nothing.
const handlers: Record<string, Handler> = {
  [staffTopics.registered]: (em, p: StaffRegisteredPayload) =>
    run(
      em,
      `insert into ${tables.staff} (subject, name, department_code, section_code, duty)
       values (?, ?, ?, ?, ?)
       on conflict (subject) do update set name = excluded.name,
         department_code = excluded.department_code, section_code = excluded.section_code,
         duty = excluded.duty`,
      [p.subject, p.name, p.departmentCode, p.sectionCode, p.duty],
    ),
  [staffTopics.permitIssued]: (em, p: PermitIssuedPayload) =>
    run(
      em,
      `insert into ${tables.permits} (number, subject, issued_on, expires_on) values (?, ?, ?, ?)
       on conflict (number) do update set subject = excluded.subject,
         issued_on = excluded.issued_on, expires_on = excluded.expires_on`,
      [p.number, p.subject, p.issuedOn, p.expiresOn],
    ),
  [staffTopics.permitRevoked]: (em, p: PermitRevokedPayload) =>
    run(em, `update ${tables.permits} set revoked_at = ? where number = ?`, [
      p.revokedAt,
      p.number,
    ]),
  [staffTopics.representativeAuthorized]: (em, p: RepresentativeAuthorizedPayload) =>
    run(
      em,
      `insert into ${tables.representatives}
         (id, subject, department_code, scope_all, item_codes, valid_from, valid_to)
       values (?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?)
       on conflict (id) do nothing`,
      // As JSON: the driver would spread an array parameter into a list of values.
      [
        p.id,
        p.subject,
        p.departmentCode,
        p.scopeAll,
        JSON.stringify(p.itemCodes),
        p.validFrom,
        p.validTo,
      ],
    ),
  [staffTopics.representativeRevoked]: (em, p: RepresentativeRevokedPayload) =>
    run(em, `update ${tables.representatives} set revoked_at = ? where id = ?`, [
      p.revokedAt,
      p.id,
    ]),
};

/** Keeps the subgraph's replica of the center's staff registry. */
export const staffReplicaConsumer: EventConsumer = {
  name: 'kit.staff',
  topics: Object.values(staffTopics),
  async handle(event: HubEvent, em: EntityManager) {
    await handlers[event.topic]?.(em, event.payload);
  },
};
