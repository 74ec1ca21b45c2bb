import { Migration } from '@mikro-orm/migrations';

export class Migration20261127140000_eeb_assessments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table impact_assessment (
        task_id uuid primary key references department_task (id),
        impact_category text not null
          check (impact_category in ('REPORT', 'REPORT_FORM', 'REGISTRATION_FORM')),
        conclusion text not null,
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
  }
}
