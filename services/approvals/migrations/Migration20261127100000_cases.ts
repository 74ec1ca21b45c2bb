import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100000_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create type case_status as enum
        ('SUBMITTED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'WITHDRAWN')`);
    this.addSql(`
      create table "case" (
        id uuid primary key default gen_random_uuid(),
        reference text not null unique,
        title text not null,
        status case_status not null default 'SUBMITTED',
        department_codes text[] not null default '{}',
        created_at timestamptz not null default now()
      )`);
    this.addSql('create index case_created_at_id on "case" (created_at desc, id desc)');
  }
}
