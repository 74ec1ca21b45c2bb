import { Migration } from '@mikro-orm/migrations';

export class Migration20261127140000_amr_registrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table registration (
        task_id uuid primary key references department_task (id),
        registered_capital numeric(18, 2) not null check (registered_capital > 0),
        business_scope text not null check (length(business_scope) between 1 and 2000),
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
  }
}
