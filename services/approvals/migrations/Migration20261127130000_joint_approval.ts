import { Migration } from '@mikro-orm/migrations';

export class Migration20261127130000_joint_approval extends Migration {
  override async up(): Promise<void> {
    // The foundation's case table was a placeholder holding demo rows only; the joint approval
    // replaces it whole (the demo seed writes its cases again).
    this.addSql('drop table if exists "case"');
    this.addSql('drop type if exists case_status');
    // Foreign keys are checked at commit: a case, its tasks and their timeline are written in
    // one transaction in whatever order the unit of work flushes them.

    this.addSql(`
      create table published_item (
        code text not null,
        version integer not null,
        name text not null,
        department_code text not null,
        promised_limit_days integer not null,
        statutory_limit_days integer not null,
        steps jsonb not null,
        meeting_before_sign boolean not null,
        materials jsonb not null,
        published_at timestamptz,
        primary key (code, version)
      )`);
    this.addSql(`
      create table published_bundle (
        code text primary key,
        version integer not null,
        name text not null,
        time_limit_days integer not null,
        item_codes text[] not null
      )`);

    this.addSql(`
      create type case_status as enum
        ('SUBMITTED', 'RETURNED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'WITHDRAWN')`);
    this.addSql(`create type case_channel as enum ('ONLINE', 'WINDOW')`);
    this.addSql(`create type subject_kind as enum ('BUNDLE', 'ITEM')`);
    // Numbers below 1000 are left to cases brought in from before the hub (and the demo data).
    this.addSql('create sequence case_number start with 1000');
    this.addSql(`
      create table "case" (
        id uuid primary key default gen_random_uuid(),
        reference text not null unique,
        title text not null,
        applicant_id uuid not null,
        subject_kind subject_kind not null,
        subject_code text not null,
        subject_version integer not null,
        channel case_channel not null,
        submitted_by text not null,
        idempotency_key text not null,
        status case_status not null default 'SUBMITTED',
        items jsonb not null,
        requirements jsonb not null,
        department_codes text[] not null,
        time_limit_days integer not null,
        notice jsonb not null default '[]',
        commitment_material_type_codes text[] not null default '{}',
        commitment_deadline_on date,
        accepted_at timestamptz,
        deadline_on date,
        closed_at timestamptz,
        created_at timestamptz not null default now(),
        unique (submitted_by, idempotency_key)
      )`);
    this.addSql('create index case_created_at_id on "case" (created_at desc, id desc)');
    this.addSql('create index case_applicant on "case" (applicant_id, created_at desc, id desc)');
    this.addSql('create index case_department_codes on "case" using gin (department_codes)');

    this.addSql(`
      create type task_status as enum ('OPEN', 'ACCEPTED', 'REVIEWED', 'SUPPLEMENT_REQUESTED',
        'SUPPLEMENT_SUPPLIED', 'APPROVED', 'REJECTED', 'CANCELLED')`);
    this.addSql(`
      create table task (
        id uuid primary key default gen_random_uuid(),
        case_id uuid not null references "case" (id) deferrable initially deferred,
        department_code text not null,
        status task_status not null default 'OPEN',
        items jsonb not null,
        material_type_codes text[] not null,
        limit_days integer not null,
        opened_at timestamptz not null,
        deadline_on date not null,
        paused_since timestamptz,
        resume_status task_status,
        paused_days integer not null default 0,
        supplement_requests jsonb not null default '[]',
        opinion text,
        reasons text[] not null default '{}',
        closed_at timestamptz,
        unique (case_id, department_code)
      )`);

    this.addSql(`
      create table licence (
        id uuid primary key default gen_random_uuid(),
        serial text not null unique,
        case_id uuid not null references "case" (id) deferrable initially deferred,
        task_id uuid not null unique references task (id) deferrable initially deferred,
        department_code text not null,
        applicant_id uuid not null,
        item_code text not null,
        item_version integer not null,
        material_type_code text not null,
        issued_at timestamptz not null,
        valid_until timestamptz,
        content jsonb not null,
        content_sha256 text not null,
        signature text not null,
        seal_key_id text not null,
        delivered_at timestamptz
      )`);
    this.addSql('create index licence_case on licence (case_id)');

    this.addSql(`
      create table seal_key (
        key_id text primary key,
        department_code text not null,
        algorithm text not null,
        public_key text not null,
        generated_at timestamptz not null
      )`);

    this.addSql(`
      create table timeline_entry (
        id bigint generated always as identity primary key,
        case_id uuid not null references "case" (id) deferrable initially deferred,
        task_id uuid references task (id) deferrable initially deferred,
        department_code text,
        kind text not null,
        at timestamptz not null,
        by text,
        summary text not null
      )`);
    this.addSql('create index timeline_entry_case on timeline_entry (case_id, at, id)');
    this.addSql('create index timeline_entry_task on timeline_entry (task_id, at, id)');
  }
}
