import { Migration } from '@mikro-orm/migrations';

export class Migration20261127110000_materials extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table material_type (
        code text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        name text not null,
        lead_department_code text not null,
        validity_months integer check (validity_months > 0)
      )`);
    this.addSql(`create type applicant_kind as enum ('ENTERPRISE', 'PERSON')`);
    this.addSql(`
      create table applicant (
        id uuid primary key default gen_random_uuid(),
        kind applicant_kind not null,
        name text not null,
        identifier text not null unique,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table stored_content (
        key uuid primary key default gen_random_uuid(),
        bytes bytea not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create type material_status as enum ('PENDING', 'VERIFIED', 'REJECTED')`);
    this.addSql(`create type material_source as enum ('UPLOAD', 'ELECTRONIC_LICENCE')`);
    this.addSql(`
      create table material (
        id uuid primary key default gen_random_uuid(),
        applicant_id uuid not null references applicant (id),
        material_type_code text not null references material_type (code),
        version integer not null check (version > 0),
        source material_source not null,
        status material_status not null,
        file_name text,
        content_type text,
        byte_size integer,
        sha256 text not null,
        content_key text,
        submitted_by text not null,
        submitted_at timestamptz not null default now(),
        valid_until timestamptz,
        superseded_at timestamptz,
        licence_id text unique,
        licence_serial text,
        licence_case_id text,
        licence_department_code text,
        licence_issued_at timestamptz,
        unique (applicant_id, material_type_code, version)
      )`);
    // At most one current version per applicant and type: the one every department reuses.
    this.addSql(`
      create unique index material_current on material (applicant_id, material_type_code)
        where superseded_at is null`);
    this.addSql(
      `create index material_listing on material (applicant_id, submitted_at desc, id desc)`,
    );
    this.addSql(`create type review_decision as enum ('VERIFIED', 'REJECTED')`);
    this.addSql(`
      create table material_review (
        id uuid primary key default gen_random_uuid(),
        material_id uuid not null unique references material (id),
        decision review_decision not null,
        problems text[] not null default '{}',
        reviewer_subject text not null,
        reviewer_name text,
        department_code text not null,
        reviewed_at timestamptz not null default now(),
        check ((decision = 'REJECTED') = (cardinality(problems) > 0))
      )`);
    this.addSql(`
      create table case_access (
        task_id text primary key,
        case_id text not null,
        department_code text not null,
        applicant_id uuid not null,
        material_type_codes text[] not null,
        opened_at timestamptz not null,
        closed_at timestamptz
      )`);
    this.addSql(`
      create index case_access_open on case_access (applicant_id, department_code)
        where closed_at is null`);
    this.addSql(`create type read_purpose as enum ('CASE', 'REVIEW')`);
    this.addSql(`
      create table content_read (
        id uuid primary key default gen_random_uuid(),
        material_id uuid not null references material (id),
        applicant_id uuid not null references applicant (id),
        purpose read_purpose not null,
        case_id text,
        department_code text not null,
        reader_subject text not null,
        reader_name text,
        read_at timestamptz not null default now()
      )`);
    this.addSql(
      `create index content_read_listing on content_read (applicant_id, read_at desc, id desc)`,
    );
  }
}
