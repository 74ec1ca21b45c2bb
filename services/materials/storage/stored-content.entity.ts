import { clock } from '../../kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

/** Bytes of one uploaded file, in PostgreSQL (bytea). */
@Entity({ tableName: 'stored_content' })
export class StoredContent {
  @PrimaryKey({ type: 'uuid' })
  key: string = randomUUID();

  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
