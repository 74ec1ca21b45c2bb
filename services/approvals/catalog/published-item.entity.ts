import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import type { AssessedFeePayload, RequirementPayload } from '../../contracts';

/** Approvals' copy of one published item version, as `center.item.published` announced it. */
@Entity({ tableName: 'published_item' })
export class PublishedItem {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  version!: number;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Property({ type: 'integer' })
  promisedLimitDays!: number;

  @Property({ type: 'integer' })
  statutoryLimitDays!: number;

  @Property({ type: 'json' })
  steps!: { kind: string; name: string }[];

  @Property({ type: 'boolean' })
  meetingBeforeSign!: boolean;

  @Property({ type: 'json' })
  materials!: RequirementPayload[];

  /** The approved fee catalog entries the version charges: what a case under it is assessed. */
  @Property({ type: 'json' })
  fees: AssessedFeePayload[] = [];

  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;
}
