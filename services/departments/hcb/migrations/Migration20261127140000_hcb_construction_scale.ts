import { Migration } from '@mikro-orm/migrations';

export class Migration20261127140000_hcb_construction_scale extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table construction_scale (
        task_id uuid primary key references department_task (id),
        floor_area numeric(14, 2) not null check (floor_area > 0),
        storeys integer not null check (storeys between 1 and 200),
        structure_type text not null check (structure_type in ('BRICK_CONCRETE', 'FRAME',
          'SHEAR_WALL', 'FRAME_SHEAR_WALL', 'FRAME_CORE_TUBE', 'STEEL')),
        recorded_by text not null,
        recorded_at timestamptz not null
      )`);
  }
}
