import { Migration } from '@mikro-orm/migrations';

export class Migration20261127140000_drc_projects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table project (
        task_id uuid primary key references department_task (id),
        project_code text not null,
        total_investment numeric(18, 2) not null check (total_investment > 0),
        procedure text not null check (procedure in ('FILING', 'APPROVAL')),
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
  }
}
