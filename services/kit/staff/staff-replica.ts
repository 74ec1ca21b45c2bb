import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/postgresql';
import { staffReplicaTables as tables } from './staff-directory';

class KitStaffReplicaMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ${tables.staff} (
        subject text primary key,
        name text not null,
        department_code text not null,
        section_code text,
        duty text not null
      )`);
    this.addSql(`
      create table ${tables.permits} (
        number text primary key,
        subject text not null,
        issued_on date not null,
        expires_on date not null,
        revoked_at timestamptz
      )`);
    this.addSql(`create index ${tables.permits}_subject on ${tables.permits} (subject)`);
    this.addSql(`
      create table ${tables.representatives} (
        id uuid primary key,
        subject text not null,
        department_code text not null,
        scope_all boolean not null,
        item_codes text[] not null,
        valid_from date not null,
        valid_to date not null,
        revoked_at timestamptz
      )`);
    this.addSql(
      `create index ${tables.representatives}_department on ${tables.representatives} (department_code)`,
    );
  }
}

/** Add to a subgraph's `migrations` (with `staffReplicaConsumer`) to use the permit checks. */
export const staffReplicaMigration: MigrationObject = {
  name: 'Migration20261127120100_kit_staff_replica',
  class: KitStaffReplicaMigration,
};
