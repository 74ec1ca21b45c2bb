import { Migration } from '@mikro-orm/migrations';

export class Migration20261127110100_fees_items_bundles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type fee_entry_status as enum ('PROPOSED', 'APPROVED', 'WITHDRAWN')`);
    this.addSql(`
      create table fee_entry (
        code text primary key check (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
        name text not null,
        standard text not null,
        legal_basis text not null,
        status fee_entry_status not null default 'PROPOSED',
        proposed_by text not null,
        approved_by text,
        approved_at timestamptz,
        withdrawn_at timestamptz,
        created_at timestamptz not null default now()
      )`);

    this.addSql(`create type item_kind as enum ('LICENCE', 'SERVICE', 'PENALTY', 'OTHER')`);
    this.addSql(`
      create type item_status as enum ('PROPOSED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')`);
    // One row per version of an item: a version never changes content once written, so a case
    // accepted under it keeps what it was accepted under.
    this.addSql(`
      create table item (
        id uuid primary key default gen_random_uuid(),
        code text not null check (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
        version integer not null check (version > 0),
        department_code text not null references department (code),
        section_code text not null references section (code),
        name text not null,
        kind item_kind not null,
        legal_basis text not null,
        statutory_limit_days integer not null check (statutory_limit_days > 0),
        promised_limit_days integer not null
          check (promised_limit_days > 0 and promised_limit_days <= statutory_limit_days),
        steps jsonb not null,
        joint boolean not null default false,
        meeting_before_sign boolean not null default false,
        status item_status not null default 'PROPOSED',
        return_reasons text[] not null default '{}',
        proposed_by text not null,
        reviewed_by text,
        reviewed_at timestamptz,
        published_by text,
        published_at timestamptz,
        created_at timestamptz not null default now(),
        unique (code, version)
      )`);
    this.addSql(`create unique index item_one_published on item (code) where status = 'PUBLISHED'`);
    this.addSql(`create index item_department_code on item (department_code, code)`);
    this.addSql(`create index item_status_code on item (status, code, version)`);
    this.addSql(`
      create table item_material (
        item_id uuid not null references item (id),
        position integer not null,
        material_type_code text not null,
        core boolean not null,
        may_be_missing_at_acceptance boolean not null,
        primary key (item_id, position),
        unique (item_id, material_type_code)
      )`);
    this.addSql(`
      create table item_fee (
        item_id uuid not null references item (id),
        fee_code text not null references fee_entry (code),
        primary key (item_id, fee_code)
      )`);
    this.addSql(`create index item_fee_fee_code on item_fee (fee_code)`);

    this.addSql(`
      create table bundle (
        code text primary key check (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
        version integer not null default 1,
        name text not null,
        description text not null default '',
        time_limit_days integer not null check (time_limit_days > 0),
        item_codes text[] not null,
        prerequisites jsonb not null default '[]',
        published_by text not null,
        published_at timestamptz not null default now(),
        created_at timestamptz not null default now()
      )`);
  }
}
