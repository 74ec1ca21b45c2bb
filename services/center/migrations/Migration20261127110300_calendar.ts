import { Migration } from '@mikro-orm/migrations';

export class Migration20261127110300_calendar extends Migration {
  override async up(): Promise<void> {
    // Same shape as the kit's replica of it, so one function writes both.
    this.addSql(`
      create table calendar_day (
        date date primary key,
        kind text not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKING_DAY')),
        name text not null
      )`);
  }
}
