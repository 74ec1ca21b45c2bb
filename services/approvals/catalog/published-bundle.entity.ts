import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** Approvals' copy of a published bundle ("one thing"), latest version only. */
@Entity({ tableName: 'published_bundle' })
export class PublishedBundle {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Property({ type: 'string[]' })
  itemCodes!: string[];
}
