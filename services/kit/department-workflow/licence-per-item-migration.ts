import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/postgresql';

class LicencePerItemMigration extends Migration {
  override async up(): Promise<void> {
    // One licence per item a task approves, no longer one per task.
    this.addSql(
      `alter table department_licence drop constraint if exists department_licence_task_id_key`,
    );
    // A licence the joint approval never took (the case ended first, or the sign-off was
    // refused) is kept for the record, void, and never shown as the task's licence.
    this.addSql(
      `alter table department_licence add column voided_at timestamptz, add column void_reason text`,
    );
    this.addSql(
      `create unique index department_licence_task_item on department_licence (task_id, item_code)
        where voided_at is null`,
    );
    this.addSql(`create index department_licence_task on department_licence (task_id)`);
  }
}

/** One licence per item, and void licences kept for the record. */
export const licencePerItemMigration: MigrationObject = {
  name: 'Migration20261128170000_kit_licence_per_item',
  class: LicencePerItemMigration,
};
