import { Migration } from '@mikro-orm/migrations';
import { canonicalMaterialTypes } from '../material-type/material-types';

export class Migration20261127110100_material_types extends Migration {
  override async up(): Promise<void> {
    const rows = canonicalMaterialTypes.map((type) => ({
      code: type.code,
      name: type.name,
      lead_department_code: type.lead,
      validity_months: type.validityMonths,
    }));
    this.addSql(this.getKnex().insert(rows).into('material_type').onConflict('code').ignore());
  }
}
