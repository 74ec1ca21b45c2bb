import { Migration } from '@mikro-orm/migrations';

export class Migration20261128170000_reform extends Migration {
  override async up(): Promise<void> {
    // The case clock stands still while any of its tasks waits for a supplement, as the tasks'
    // clocks and supervision's do: one clock truth.
    this.addSql(`
      alter table "case"
        add column paused_since timestamptz,
        add column paused_days integer not null default 0`);
    // Commitments are kept: which committed materials were verified since, or the center's
    // documented exception that lets the case complete without them.
    this.addSql(`
      alter table "case"
        add column commitment_verified_codes text[] not null default '{}',
        add column commitment_exception jsonb`);
    // The years the center has entered: a deadline is never counted over a year it has not.
    this.addSql(`create table calendar_year (year integer primary key)`);
    this.addSql(`
      insert into calendar_year (year)
        select distinct extract(year from date)::int from kit_calendar_day`);
    this.addSql(`alter table "case" add column calendar_waiting_year integer`);
    // When each applicant last handed over a version of each material type: a supplement is
    // supplied only with a version newer than the request.
    this.addSql(`
      create table material_submission (
        applicant_id uuid not null,
        material_type_code text not null,
        submitted_at timestamptz not null,
        primary key (applicant_id, material_type_code)
      )`);
  }
}
