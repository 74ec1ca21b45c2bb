import { Migration } from '@mikro-orm/migrations';

/**
 * A clock per material a case was accepted without under commitment: yellow and red cards as
 * for case and task clocks, and a violation once its deadline passed unverified.
 */
export class Migration20261129010000_commitment_clocks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table supervised_commitment (
        id uuid primary key,
        case_id uuid not null,
        material_type_code text not null,
        kept_by text check (kept_by in ('VERIFIED', 'EXCEPTION', 'CASE_ENDED')),
        opened_on date,
        limit_days integer,
        deadline_on date,
        paused_days integer not null default 0,
        paused_since date,
        closed_on date,
        used_days integer,
        level text not null default 'GREEN' check (level in ('GREEN', 'YELLOW', 'RED')),
        yellow_on date,
        red_on date,
        unique (case_id, material_type_code)
      )`);
    this.addSql(`create index supervised_commitment_yellow_due on supervised_commitment (yellow_on)
      where closed_on is null and paused_since is null and level = 'GREEN'`);
    this.addSql(`create index supervised_commitment_red_due on supervised_commitment (red_on)
      where closed_on is null and paused_since is null and level <> 'RED'`);
    this.addSql(`
      alter table clock_warning drop constraint if exists clock_warning_subject_kind_check,
        add constraint clock_warning_subject_kind_check
          check (subject_kind in ('CASE', 'TASK', 'COMMITMENT')),
        add column material_type_code text`);
  }
}
