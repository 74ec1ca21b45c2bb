import { Migration } from '@mikro-orm/migrations';

export class Migration20261129070000_department_names extends Migration {
  override async up(): Promise<void> {
    // Departments join through createDepartment: two of one name would be one department twice.
    this.addSql(`create unique index department_name_key on department (name)`);
  }
}
