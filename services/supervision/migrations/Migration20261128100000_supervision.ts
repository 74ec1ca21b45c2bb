import { Migration } from '@mikro-orm/migrations';

/** Clock columns shared by cases and tasks (see clock/clock-state.ts). */
const clockColumns = `
  opened_on date,
  limit_days integer,
  deadline_on date,
  paused_days integer not null default 0,
  paused_since date,
  closed_on date,
  used_days integer,
  level text not null default 'GREEN' check (level in ('GREEN', 'YELLOW', 'RED')),
  yellow_on date,
  red_on date`;

/** What the periodic check scans: only running clocks that are due to change level. */
const dueIndexes = (table: string) => [
  `create index ${table}_yellow_due on ${table} (yellow_on)
     where closed_on is null and paused_since is null and level = 'GREEN'`,
  `create index ${table}_red_due on ${table} (red_on)
     where closed_on is null and paused_since is null and level <> 'RED'`,
];

export class Migration20261128100000_supervision extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table supervision_setting (
        id integer primary key default 1 check (id = 1),
        yellow_threshold_days integer not null default 2,
        updated_by text,
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`insert into supervision_setting (id) values (1)`);

    this.addSql(`
      create table supervised_case (
        id uuid primary key,
        reference text not null,
        applicant_id text not null,
        subject_code text not null,
        channel text not null,
        status text not null,
        department_codes text[] not null default '{}',
        submitted_at timestamptz not null,
        accepted_at timestamptz,
        finished_at timestamptz,
        paused_tasks integer not null default 0,
        ${clockColumns}
      )`);
    this.addSql(
      'create index supervised_case_board on supervised_case (submitted_at desc, id desc)',
    );
    this.addSql(
      `create index supervised_case_status_level on supervised_case
         (status, level, submitted_at desc, id desc)`,
    );
    this.addSql(
      `create index supervised_case_level on supervised_case (level, submitted_at desc, id desc)`,
    );
    this.addSql(
      'create index supervised_case_departments on supervised_case using gin (department_codes)',
    );
    this.addSql('create index supervised_case_applicant on supervised_case (applicant_id)');
    for (const sql of dueIndexes('supervised_case')) this.addSql(sql);

    this.addSql(`
      create table supervised_task (
        id uuid primary key,
        case_id uuid not null,
        department_code text not null,
        item_codes text[] not null default '{}',
        status text not null,
        opened_at timestamptz not null,
        accepted_at timestamptz,
        reviewed_at timestamptz,
        reviewed_by text,
        meeting_at timestamptz,
        decided_at timestamptz,
        decided_by text,
        supplements integer not null default 0,
        ${clockColumns}
      )`);
    this.addSql('create index supervised_task_case on supervised_task (case_id)');
    this.addSql(
      `create index supervised_task_open on supervised_task (department_code, level)
         where closed_on is null`,
    );
    this.addSql(
      `create index supervised_task_overdue on supervised_task (department_code, deadline_on, id)
         where closed_on is null and level = 'RED'`,
    );
    this.addSql(
      `create index supervised_task_closed on supervised_task (department_code, closed_on)
         where status in ('APPROVED', 'REJECTED')`,
    );
    for (const sql of dueIndexes('supervised_task')) this.addSql(sql);

    this.addSql(`
      create table supplement_request (
        event_position bigint primary key,
        task_id uuid not null,
        department_code text not null,
        requested_on date not null
      )`);
    this.addSql(
      'create index supplement_request_period on supplement_request (department_code, requested_on)',
    );

    this.addSql(`
      create table clock_warning (
        id uuid primary key default gen_random_uuid(),
        subject_kind text not null check (subject_kind in ('CASE', 'TASK')),
        subject_id uuid not null,
        case_id uuid not null,
        department_code text,
        level text not null check (level in ('YELLOW', 'RED')),
        working_days_used integer not null,
        working_days_left integer not null,
        deadline_on date not null,
        raised_at timestamptz not null,
        raised_on date not null,
        unique (subject_kind, subject_id, level)
      )`);
    this.addSql('create index clock_warning_recent on clock_warning (raised_at desc, id desc)');
    this.addSql('create index clock_warning_period on clock_warning (department_code, raised_on)');

    this.addSql(`
      create table violation (
        id uuid primary key default gen_random_uuid(),
        kind text not null,
        subject_key text not null,
        case_id uuid,
        task_id uuid,
        department_code text,
        person text,
        evidence jsonb not null,
        event_position bigint not null,
        detected_at timestamptz not null,
        detected_on date not null,
        unique (kind, subject_key)
      )`);
    this.addSql('create index violation_recent on violation (detected_at desc, id desc)');
    this.addSql('create index violation_period on violation (department_code, detected_on)');

    this.addSql(`
      create table fee_catalog_entry (
        code text primary key,
        approved boolean not null
      )`);

    this.addSql(`
      create table audit_entry (
        sequence bigint primary key,
        event_position bigint not null unique,
        topic text not null,
        key text not null,
        producer text not null,
        occurred_at timestamptz not null,
        payload jsonb not null,
        previous_hash text not null,
        hash text not null
      )`);

    this.addSql(`
      create table service_rating (
        case_id uuid primary key,
        applicant_id text not null,
        score integer not null check (score between 1 and 5),
        comment text not null,
        rated_by text not null,
        rated_at timestamptz not null
      )`);
    this.addSql(`
      create table follow_up (
        id uuid primary key default gen_random_uuid(),
        case_id uuid not null,
        department_code text not null,
        score integer not null,
        comment text not null,
        opened_at timestamptz not null,
        response text,
        responded_by text,
        closed_at timestamptz,
        unique (case_id, department_code)
      )`);
    this.addSql(
      'create index follow_up_department on follow_up (department_code, opened_at desc, id desc)',
    );
  }
}
