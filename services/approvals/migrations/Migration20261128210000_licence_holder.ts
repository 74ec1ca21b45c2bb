import { Migration } from '@mikro-orm/migrations';

export class Migration20261128210000_licence_holder extends Migration {
  override async up(): Promise<void> {
    // The applicant's name as materials reports it, for licences to name their holder.
    this.addSql('alter table "case" add column if not exists applicant_name text');
  }
}
