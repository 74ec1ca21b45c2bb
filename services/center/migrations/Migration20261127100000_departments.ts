import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100000_departments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table department (
        code text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,15}$'),
        name text not null,
        created_at timestamptz not null default now()
      )`);
  }
}
