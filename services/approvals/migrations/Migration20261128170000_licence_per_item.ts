import { Migration } from '@mikro-orm/migrations';

/** One licence per item a task approves: a task may now hold several. */
export class Migration20261128170000_licence_per_item extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table licence drop constraint if exists licence_task_id_key`);
    this.addSql(`create index if not exists licence_task on licence (task_id, serial)`);
  }
}
