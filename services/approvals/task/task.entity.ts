import { CalendarDate } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { CaseItem } from '../case/case-item';
import { SupplementRequest } from './supplement-request';
import { TaskStatus } from './task-status';

@Directive('@key(fields: "id")')
@ObjectType('Task', {
  description: "A department's part of a case: its own clock, steps and decision.",
})
@Entity({ tableName: 'task' })
export class Task {
  @Field(() => ID, { description: 'Opaque id of the task.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Field(() => TaskStatus, { description: 'Where the task stands.' })
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status: TaskStatus = TaskStatus.OPEN;

  @Property({ type: 'json' })
  items!: CaseItem[];

  @Field(() => [String], {
    description: 'Codes of the material types the department needs for its items.',
  })
  @Property({ type: 'string[]' })
  materialTypeCodes!: string[];

  @Property({ type: 'integer' })
  limitDays!: number;

  @Field({ description: 'When the task was opened: the moment the case was accepted.' })
  @Property({ type: 'Date' })
  openedAt!: Date;

  @Field(() => CalendarDate, {
    description:
      'Last working day for the decision (`YYYY-MM-DD`); moves later by the working days the clock was paused.',
  })
  @Property({ type: 'date' })
  deadlineOn!: string;

  @Property({ type: 'Date', nullable: true })
  pausedSince: Date | null = null;

  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status', nullable: true })
  resumeStatus: TaskStatus | null = null;

  @Property({ type: 'integer' })
  pausedDays = 0;

  @Field(() => [SupplementRequest], {
    description: 'What the department asked the applicant to supplement, while a request is open.',
  })
  @Property({ type: 'json' })
  supplementRequests: SupplementRequest[] = [];

  @Field(() => String, {
    nullable: true,
    description: "The reviewer's opinion, once the department reviewed the task.",
  })
  @Property({ type: 'string', nullable: true })
  opinion: string | null = null;

  @Field(() => [String], { description: 'Why the department rejected it; empty otherwise.' })
  @Property({ type: 'string[]' })
  reasons: string[] = [];

  @Field(() => Date, {
    nullable: true,
    description: 'When the task was approved, rejected or cancelled.',
  })
  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;
}
