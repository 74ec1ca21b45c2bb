import { Migration } from '@mikro-orm/migrations';

export class Migration20261129070000_department_replica extends Migration {
  override async up(): Promise<void> {
    // Fed by the center's center.department.created: a new material type's lead department must
    // be one the center created. Departments the center had before it announced them are not here.
    this.addSql(`
      create table department_replica (
        code text primary key,
        name text not null
      )`);
  }
}
