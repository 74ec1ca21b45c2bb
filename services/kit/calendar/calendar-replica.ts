import { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import { centerTopics, type CalendarChangedPayload } from '../../contracts';
import { sql } from '../database/sql';
import { calendarFromDays, type CalendarDay, type WorkingCalendar } from './working-calendar';

/** The center announces a year's calendar whole, so a consumer replaces that year in one go. */
export const calendarChangedTopic = centerTopics.calendarChanged;
export type { CalendarChangedPayload };

export const calendarReplicaTable = 'kit_calendar_day';

class KitCalendarReplicaMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ${calendarReplicaTable} (
        date date primary key,
        kind text not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKING_DAY')),
        name text not null
      )`);
  }
}

/** Add to a subgraph's `migrations` to keep a local copy of the center's calendar. */
export const calendarReplicaMigration: MigrationObject = {
  name: 'Migration20261127120000_kit_calendar_replica',
  class: KitCalendarReplicaMigration,
};

/** Writes one year's days into `table` (of the subgraph's own schema), replacing what was there. */
export async function replaceCalendarYear(
  em: EntityManager,
  table: string,
  { year, days }: CalendarChangedPayload,
): Promise<void> {
  await sql(em, `delete from ${table} where date between ?::date and ?::date`, [
    `${year}-01-01`,
    `${year}-12-31`,
  ]);
  if (days.length === 0) return;
  // One JSON parameter: the driver would spread an array parameter into a list of values.
  await sql(
    em,
    `insert into ${table} (date, kind, name)
       select date, kind, name from jsonb_to_recordset(?::jsonb) as day(date date, kind text, name text)`,
    [JSON.stringify(days.map(({ date, kind, name }) => ({ date, kind, name })))],
  );
}

/** Reads the working-day calendar a subgraph holds (its replica by default). */
export async function loadCalendar(
  em: EntityManager,
  table = calendarReplicaTable,
): Promise<WorkingCalendar> {
  const rows = await sql<Pick<CalendarDay, 'date' | 'kind'>>(
    em,
    `select to_char(date, 'YYYY-MM-DD') as date, kind from ${table}`,
  );
  return calendarFromDays(rows);
}
