import { Migration } from '@mikro-orm/migrations';

export class Migration20261129000000_fee_assessment extends Migration {
  override async up(): Promise<void> {
    // The fee catalog entries each published item version charges, as the center announced them.
    this.addSql(`alter table published_item add column fees jsonb not null default '[]'`);
    // A case's fee assessment, made at acceptance; null before (and for cases accepted earlier).
    this.addSql(`alter table "case" add column fee_assessment jsonb`);
  }
}
