import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A department's task on a case, as the approvals subgraph announced it: while open, that
 * department may read the applicant's materials of the types the case needs.
 */
@Entity({ tableName: 'case_access' })
export class CaseAccess {
  @PrimaryKey({ type: 'string' })
  taskId!: string;

  @Property({ type: 'string' })
  caseId!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Property({ type: 'uuid' })
  applicantId!: string;

  @Property({ type: 'string[]' })
  materialTypeCodes: string[] = [];

  @Property({ type: 'Date' })
  openedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;
}
