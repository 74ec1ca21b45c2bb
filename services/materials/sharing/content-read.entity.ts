import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DepartmentReference } from '../department/department-reference';
import { ReadPurpose } from './read-purpose';

@ObjectType({
  description:
    "One read of a material's content by a department: who, which department, why, when.",
})
@Entity({ tableName: 'content_read' })
export class ContentRead {
  @Field(() => ID, { description: 'Opaque id of the log entry.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  materialId!: string;

  @Property({ type: 'uuid' })
  applicantId!: string;

  @Field(() => ReadPurpose, { description: 'For a case task, or for the prerequisite review.' })
  @Enum({ items: () => ReadPurpose, nativeEnumName: 'read_purpose' })
  purpose!: ReadPurpose;

  @Field(() => ID, { nullable: true, description: 'The case the read was for; null for a review.' })
  @Property({ type: 'string', nullable: true })
  caseId: string | null = null;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Field({ description: 'Stable id of the person who read.' })
  @Property({ type: 'string' })
  readerSubject!: string;

  @Field(() => String, { nullable: true, description: 'Name of the person who read.' })
  @Property({ type: 'string', nullable: true })
  readerName: string | null = null;

  @Field({ description: 'When the content was read.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  readAt: Date = clock.now();

  @Field(() => DepartmentReference, { description: 'The department the reader acted for.' })
  department(): DepartmentReference {
    return { code: this.departmentCode };
  }
}
