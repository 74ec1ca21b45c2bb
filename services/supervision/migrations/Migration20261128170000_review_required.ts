import { Migration } from '@mikro-orm/migrations';

/**
 * Whether a task's items were published with a review step: a sign-off without review breaks
 * the rules only where a review was published.
 */
export class Migration20261128170000_review_required extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table supervised_task add column review_required boolean not null default true`,
    );
  }
}
