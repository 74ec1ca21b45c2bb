import { Migration } from '@mikro-orm/migrations';

export class Migration20261127140000_nrp_planning extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table planning_conditions (
        task_id uuid primary key references department_task (id),
        land_area numeric(14, 2) not null check (land_area > 0),
        plot_ratio numeric(5, 2) not null check (plot_ratio > 0 and plot_ratio <= 20),
        land_use_category text not null check (land_use_category in ('RESIDENTIAL',
          'PUBLIC_SERVICES', 'COMMERCIAL', 'INDUSTRIAL', 'WAREHOUSING', 'TRANSPORT', 'UTILITIES')),
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
  }
}
