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
  [OptionalProps]?: 'id' | 'by' | 'note' | 'sequence';

  @Field(() => ID, { description: 'Opaque id of the step.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  /**
   * Order of writing, from the database: the timeline's order. A step's `at` is the instant its
   * author names (the joint approval's cancellation names its own), so two steps of one instant,
   * or one that names an earlier instant but was recorded later, still have a latest one.
   */
  @Property({ type: 'bigint', nullable: true, fieldName: 'sequence' })
  sequence?: string;

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
