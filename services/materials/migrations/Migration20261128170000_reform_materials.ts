import { Migration } from '@mikro-orm/migrations';
import { licenceMaterialTypes } from '../material-type/material-types';

export class Migration20261128170000_reform_materials extends Migration {
  override async up(): Promise<void> {
    // The applicant account that registered its own enterprise or person online: one record each.
    this.addSql(`alter table applicant add column registered_by_account text unique`);
    // Licences are materials of their own types, which only the hub issues.
    this.addSql(`alter table material_type add column licence boolean not null default false`);
    const rows = licenceMaterialTypes.map((type) => ({
      code: type.code,
      name: type.name,
      lead_department_code: type.lead,
      validity_months: type.validityMonths,
      licence: true,
    }));
    this.addSql(this.getKnex().insert(rows).into('material_type').onConflict('code').ignore());
  }
}
