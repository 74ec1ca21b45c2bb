import { centerTopics } from '../../contracts';
import { defineConsumer, sql } from '../../kit';
import { departmentReplicaTable } from './department-replica';

/** Follows `center.department.created`; a redelivered event changes nothing. */
export const departmentReplicaConsumer = defineConsumer({
  name: 'materials.departments',
  topics: [centerTopics.departmentCreated],
  async handle({ payload }, em) {
    await sql(
      em,
      `insert into ${departmentReplicaTable} (code, name) values (?, ?)
       on conflict (code) do update set name = excluded.name`,
      [payload.code, payload.name],
    );
  },
});
