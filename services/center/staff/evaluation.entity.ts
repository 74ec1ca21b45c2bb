import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvaluationGrade } from './staff-duty';

@ObjectType({ description: 'The yearly evaluation of a member of staff by the center.' })
@Entity({ tableName: 'evaluation' })
export class Evaluation {
  @Field(() => ID, { description: 'Opaque id.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'string' })
  subject!: string;

  @Field(() => Int, { description: 'The year evaluated.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => EvaluationGrade, { description: 'The grade.' })
  @Enum({ items: () => EvaluationGrade, nativeEnumName: 'evaluation_grade' })
  grade!: EvaluationGrade;

  @Field({ description: 'What the evaluator noted.' })
  @Property({ type: 'string' })
  comment: string = '';

  @Property({ type: 'string' })
  evaluatedBy!: string;
}
