import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { CaseStatus } from './case-status';

@ObjectType('Case', { description: 'One application handled as one joint approval.' })
@Entity({ tableName: 'case' })
export class Case {
  @Field(() => ID, { description: 'Opaque id of the case.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field({
    description: 'Case number shown to the applicant and on every document, e.g. `OS-2026-000123`.',
  })
  @Property({ type: 'string', unique: true })
  reference!: string;

  @Field({ description: "What is applied for, in the applicant's words." })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status: CaseStatus = CaseStatus.SUBMITTED;

  @Property({ type: 'string[]' })
  departmentCodes: string[] = [];

  @Field({ description: 'When the case was created.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
