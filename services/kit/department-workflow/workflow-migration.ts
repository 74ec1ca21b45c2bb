import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/postgresql';

class DepartmentWorkflowMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table department_task (
        id uuid primary key,
        case_id uuid not null,
        case_reference text not null,
        applicant_id text not null,
        items jsonb not null,
        material_type_codes text[] not null default '{}',
        status text not null default 'OPEN' check (status in
          ('OPEN', 'ACCEPTED', 'REVIEWED', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
        opened_at timestamptz not null,
        deadline_on date not null,
        paused_since timestamptz,
        paused_working_days integer not null default 0,
        accepted_by text,
        accepted_at timestamptz,
        reviewed_by text,
        reviewed_at timestamptz,
        opinion text,
        meeting_held_on date,
        meeting_minutes text,
        meeting_recorded_by text,
        meeting_recorded_at timestamptz,
        supplement_requests jsonb not null default '[]',
        decided_by text,
        decided_at timestamptz,
        rejection_reasons text[] not null default '{}',
        cancelled_at timestamptz,
        cancel_reason text,
        check (status <> 'REJECTED' or cardinality(rejection_reasons) > 0)
      )`);
    this.addSql('create index department_task_opened on department_task (opened_at desc, id desc)');
    this.addSql(
      'create index department_task_status on department_task (status, opened_at desc, id desc)',
    );
    this.addSql('create index department_task_case on department_task (case_id)');
    this.addSql(`
      create table department_task_step (
        id uuid primary key default gen_random_uuid(),
        task_id uuid not null references department_task (id),
        kind text not null,
        by text,
        at timestamptz not null,
        note text
      )`);
    this.addSql('create index department_task_step_task on department_task_step (task_id, at, id)');
    this.addSql('create index department_task_step_at on department_task_step (at desc, id desc)');
    this.addSql(`
      create table department_licence (
        serial text primary key,
        task_id uuid not null unique references department_task (id),
        item_code text not null,
        item_version integer not null,
        material_type_code text not null,
        issued_at timestamptz not null,
        valid_until timestamptz,
        content jsonb not null,
        content_sha256 text not null,
        signature text not null,
        seal_key_id uuid not null
      )`);
    this.addSql('create sequence licence_serial');
  }
}

/** The tables every department's workflow keeps in its own schema. */
export const departmentWorkflowMigration: MigrationObject = {
  name: 'Migration20261127130100_kit_department_workflow',
  class: DepartmentWorkflowMigration,
};

class LicenceHolderMigration extends Migration {
  override async up(): Promise<void> {
    // The applicant's name, which the signed licence prints as its holder.
    this.addSql('alter table department_task add column if not exists applicant_name text');
  }
}

/** Tasks keep the applicant's name for the licence (its serial is random, no sequence). */
export const licenceHolderMigration: MigrationObject = {
  name: 'Migration20261128210100_kit_licence_holder',
  class: LicenceHolderMigration,
};
