import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DepartmentStepKind } from './step-kind';

/** One entry of a department's timeline: append-only, written with the transition it records. */
@Directive('@shareable')
@ObjectType('DepartmentReviewStep', {
  description: "One step of a department's task, as its timeline shows it.",
})
@Entity({ tableName: 'department_task_step' })
export class DepartmentTaskStep {
  [OptionalProps]?: 'id' | 'by' | 'note';

  @Field(() => ID, { description: 'Opaque id of the step.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field(() => ID, { description: 'Id of the task.' })
  @Property({ type: 'uuid' })
  taskId!: string;

  @Field(() => DepartmentStepKind, { description: 'What happened.' })
  @Enum({ items: () => DepartmentStepKind })
  kind!: DepartmentStepKind;

  @Field(() => String, {
    nullable: true,
    description: 'Subject of the person who acted; null for what the joint approval did.',
  })
  @Property({ type: 'string', nullable: true })
  by: string | null = null;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'Date' })
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'What the step said: the opinion, the minutes, the reasons, the materials asked for, or the licence serial.',
  })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
