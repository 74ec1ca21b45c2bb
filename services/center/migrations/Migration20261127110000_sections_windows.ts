import { Migration } from '@mikro-orm/migrations';

export class Migration20261127110000_sections_windows extends Migration {
  override async up(): Promise<void> {
    // The limit of 3 sections per department is enforced by the service under a lock on the
    // department row; the database keeps codes unique.
    this.addSql(`
      create table section (
        code text primary key check (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
        department_code text not null references department (code),
        name text not null,
        created_at timestamptz not null default now(),
        unique (department_code, name)
      )`);
    this.addSql(`create type window_kind as enum ('DEPARTMENT', 'COMPREHENSIVE')`);
    this.addSql(`
      create table service_window (
        number integer primary key check (number > 0),
        name text not null,
        kind window_kind not null,
        department_code text references department (code),
        shares jsonb not null default '[]',
        created_at timestamptz not null default now(),
        check ((kind = 'DEPARTMENT') = (department_code is not null))
      )`);
  }
}
