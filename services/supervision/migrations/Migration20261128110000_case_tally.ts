import { Migration } from '@mikro-orm/migrations';

/**
 * The board's totals kept beside the cases: counting a million rows per request is what made the
 * board slow at scale. A trigger keeps the tally in the same transaction as every change, so it
 * can never drift from the rows it counts.
 */
export class Migration20261128110000_case_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table case_tally (
        status text not null,
        level text not null,
        cases bigint not null default 0,
        primary key (status, level)
      )`);
    this.addSql(`
      insert into case_tally (status, level, cases)
      select status, level, count(*) from supervised_case group by status, level`);
    // Statement-level, with transition tables: a bulk load adds its rows to the tally once per
    // statement, not once per row. The function keeps this schema's search_path, so a writer
    // connected with another one (a bulk loader, an operator's psql) still finds case_tally.
    this.addSql(`
      create function tally_case_changes() returns trigger language plpgsql
        set search_path from current as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          update case_tally t set cases = t.cases - gone.cases
            from (select status, level, count(*) as cases from old_cases group by status, level) gone
           where t.status = gone.status and t.level = gone.level;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into case_tally (status, level, cases)
          select status, level, count(*) from new_cases group by status, level
              on conflict (status, level) do update set cases = case_tally.cases + excluded.cases;
        end if;
        return null;
      end $$`);
    this.addSql(`
      create trigger supervised_case_tally_insert after insert on supervised_case
        referencing new table as new_cases
        for each statement execute function tally_case_changes()`);
    this.addSql(`
      create trigger supervised_case_tally_update after update on supervised_case
        referencing old table as old_cases new table as new_cases
        for each statement execute function tally_case_changes()`);
    this.addSql(`
      create trigger supervised_case_tally_delete after delete on supervised_case
        referencing old table as old_cases
        for each statement execute function tally_case_changes()`);
  }
}
