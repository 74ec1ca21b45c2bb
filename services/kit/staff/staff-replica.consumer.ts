import type { EntityManager } from '@mikro-orm/postgresql';
import { staffTopics } from '../../contracts';
import { sql } from '../database/sql';
import { defineConsumer, handleByTopic, type TopicHandlers } from '../events/define-consumer';
import { staffReplicaTables as tables } from './staff-directory';

type StaffTopic = (typeof staffTopics)[keyof typeof staffTopics];

// Upserts keyed by what the event names, so a redelivered event changes nothing. Exported for
// supervision, which applies them in its one consumer's order.
export const staffReplicaHandlers: TopicHandlers<StaffTopic, [EntityManager]> = {
  [staffTopics.registered]: async ({ payload: p }, em) => {
    await sql(
      em,
      `insert into ${tables.staff} (subject, name, department_code, section_code, duty)
       values (?, ?, ?, ?, ?)
       on conflict (subject) do update set name = excluded.name,
         department_code = excluded.department_code, section_code = excluded.section_code,
         duty = excluded.duty`,
      [p.subject, p.name, p.departmentCode, p.sectionCode, p.duty],
    );
  },
  [staffTopics.permitIssued]: async ({ payload: p }, em) => {
    await sql(
      em,
      `insert into ${tables.permits} (number, subject, issued_on, expires_on) values (?, ?, ?, ?)
       on conflict (number) do update set subject = excluded.subject,
         issued_on = excluded.issued_on, expires_on = excluded.expires_on`,
      [p.number, p.subject, p.issuedOn, p.expiresOn],
    );
  },
  [staffTopics.permitRevoked]: async ({ payload: p }, em) => {
    await sql(em, `update ${tables.permits} set revoked_at = ? where number = ?`, [
      p.revokedAt,
      p.number,
    ]);
  },
  [staffTopics.representativeAuthorized]: async ({ payload: p }, em) => {
    await sql(
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
    );
  },
  [staffTopics.representativeRevoked]: async ({ payload: p }, em) => {
    await sql(em, `update ${tables.representatives} set revoked_at = ? where id = ?`, [
      p.revokedAt,
      p.id,
    ]);
  },
};

/**
 * Keeps the subgraph's replica of the center's staff registry. Every subgraph that keeps one runs
 * its own consumer, named after it: consumers share one table of positions.
 */
export const staffReplicaConsumer = (subgraph: string) =>
  defineConsumer({
    name: `${subgraph}.staff`,
    topics: Object.values(staffTopics),
    async handle(event, em) {
      await handleByTopic(staffReplicaHandlers, event, em);
    },
  });
