import { Migration } from '@mikro-orm/migrations';

export class Migration20261127110200_staff_seals extends Migration {
  override async up(): Promise<void> {
    // Column names match the kit's staff directory, so the permit checks read this registry
    // with the same code that reads every other subgraph's replica of it.
    this.addSql(`
      create type staff_duty as enum ('WINDOW_CLERK', 'DEPARTMENT_REVIEWER', 'CHIEF_REPRESENTATIVE')`);
    this.addSql(`
      create table staff_member (
        subject text primary key,
        name text not null,
        department_code text not null references department (code),
        section_code text references section (code),
        duty staff_duty not null,
        registered_by text not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create index staff_member_department on staff_member (department_code, subject)`);
    this.addSql(`
      create table work_permit (
        number text primary key,
        subject text not null references staff_member (subject),
        issued_on date not null,
        expires_on date not null check (expires_on >= issued_on),
        revoked_at timestamptz,
        revoke_reason text,
        issued_by text not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create index work_permit_subject on work_permit (subject)`);
    this.addSql(`
      create table training (
        id uuid primary key default gen_random_uuid(),
        subject text not null references staff_member (subject),
        title text not null,
        completed_on date not null,
        hours integer not null check (hours > 0),
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create index training_subject on training (subject, completed_on)`);
    this.addSql(`
      create type evaluation_grade as enum ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')`);
    this.addSql(`
      create table evaluation (
        id uuid primary key default gen_random_uuid(),
        subject text not null references staff_member (subject),
        year integer not null,
        grade evaluation_grade not null,
        comment text not null default '',
        evaluated_by text not null,
        created_at timestamptz not null default now(),
        unique (subject, year)
      )`);
    this.addSql(`
      create table chief_representative (
        id uuid primary key default gen_random_uuid(),
        subject text not null references staff_member (subject),
        department_code text not null references department (code),
        scope_all boolean not null,
        item_codes text[] not null default '{}',
        valid_from date not null,
        valid_to date not null check (valid_to >= valid_from),
        document_number text not null unique,
        revoked_at timestamptz,
        revoke_reason text,
        authorized_by text not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(
      `create index chief_representative_department on chief_representative (department_code)`,
    );
    this.addSql(`create type seal_status as enum ('ACTIVE', 'REVOKED')`);
    this.addSql(`
      create table seal (
        id uuid primary key default gen_random_uuid(),
        department_code text not null references department (code),
        name text not null,
        public_key text not null,
        key_fingerprint text not null,
        status seal_status not null default 'ACTIVE',
        registered_by text not null,
        registered_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoke_reason text
      )`);
    this.addSql(
      `create unique index seal_one_active on seal (department_code) where status = 'ACTIVE'`,
    );
  }
}
