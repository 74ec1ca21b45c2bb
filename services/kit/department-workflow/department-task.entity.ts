import { CalendarDate } from '../schema/calendar-date';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { DepartmentReviewStatus } from './review-status';
import { DepartmentReviewItem } from './review-item';
import { DepartmentSupplementRequest } from './supplement-request';
import { DepartmentMeeting } from './meeting';
import { DepartmentChargedFee } from './fee-charge';

/**
 * A department's own record of its task in a joint approval. Each department subgraph keeps its
 * tasks in its own schema; the GraphQL type is named after the department (`DrcReview`), so this
 * class carries the fields they all share, the `DepartmentReview` interface extends it and each
 * department's type implements that.
 */
// Never served under this name: an interface so the `DepartmentReview` interface inherits its
// fields (type-graphql passes fields from interface to interface, not from an object type).
@InterfaceType({
  description: "A department's own record of its task.",
  autoRegisterImplementations: false,
})
@Entity({ tableName: 'department_task' })
export class DepartmentTask {
  [OptionalProps]?:
    | 'status'
    | 'pausedSince'
    | 'pausedWorkingDays'
    | 'acceptedBy'
    | 'acceptedAt'
    | 'reviewedBy'
    | 'reviewedAt'
    | 'opinion'
    | 'meetingHeldOn'
    | 'meetingMinutes'
    | 'meetingRecordedBy'
    | 'meetingRecordedAt'
    | 'supplementRequests'
    | 'decidedBy'
    | 'decidedAt'
    | 'rejectionReasons'
    | 'cancelledAt'
    | 'cancelReason'
    | 'meetingRequired'
    | 'meeting'
    | 'feesCharged';

  @Field(() => ID, { description: "Id of the task: the same as the joint approval's task." })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'Id of the case the task belongs to.' })
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'Case number, e.g. `OS-2026-000123`.' })
  @Property({ type: 'string' })
  caseReference!: string;

  @Field(() => ID, { description: 'Id of the applicant.' })
  @Property({ type: 'string' })
  applicantId!: string;

  /** The applicant's registered name: the licence names its holder with it. */
  @Property({ type: 'string', nullable: true })
  applicantName: string | null = null;

  @Field(() => [DepartmentReviewItem], { description: 'The item versions the task covers.' })
  @Property({ type: 'json' })
  items!: DepartmentReviewItem[];

  @Field(() => [String], { description: 'Codes of the material types the task needs.' })
  @Property({ type: 'string[]' })
  materialTypeCodes!: string[];

  @Field(() => DepartmentReviewStatus, { description: 'Where the task stands.' })
  @Enum({ items: () => DepartmentReviewStatus })
  status: DepartmentReviewStatus = DepartmentReviewStatus.OPEN;

  @Field({ description: 'When the joint approval opened the task.' })
  @Property({ type: 'Date' })
  openedAt!: Date;

  @Field(() => CalendarDate, {
    description:
      'Last working day of the time limit, `YYYY-MM-DD`; moved on by the working days the clock was paused.',
  })
  @Property({ type: 'date' })
  deadlineOn!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when the clock is paused for a supplement; null while it runs.',
  })
  @Property({ type: 'Date', nullable: true })
  pausedSince: Date | null = null;

  @Field(() => Int, { description: 'Working days the clock was paused for supplements so far.' })
  @Property({ type: 'integer' })
  pausedWorkingDays = 0;

  @Field(() => String, { nullable: true, description: 'Subject of the person who accepted it.' })
  @Property({ type: 'string', nullable: true })
  acceptedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted.' })
  @Property({ type: 'Date', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Subject of the reviewer.' })
  @Property({ type: 'string', nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last reviewed.' })
  @Property({ type: 'Date', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The reviewer's opinion." })
  @Property({ type: 'text', nullable: true })
  opinion: string | null = null;

  @Property({ type: 'date', nullable: true })
  meetingHeldOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  meetingMinutes: string | null = null;

  @Property({ type: 'string', nullable: true })
  meetingRecordedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  meetingRecordedAt: Date | null = null;

  @Field(() => [DepartmentSupplementRequest], {
    description: 'What the last supplement request asked for; empty if none was made.',
  })
  @Property({ type: 'json' })
  supplementRequests: DepartmentSupplementRequest[] = [];

  @Field(() => String, {
    nullable: true,
    description:
      'Subject of who decided: the chief representative who signed, or the reviewer who rejected.',
  })
  @Property({ type: 'string', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was signed or rejected.' })
  @Property({ type: 'Date', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => [String], { description: 'Why it was rejected; empty unless rejected.' })
  @Property({ type: 'string[]' })
  rejectionReasons: string[] = [];

  @Field(() => [DepartmentChargedFee], {
    description:
      "The fees the chief representative charged with the sign-off, each from the case's fee assessment; empty before the sign-off or when nothing is charged.",
  })
  @Property({ type: 'json' })
  feesCharged: DepartmentChargedFee[] = [];

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  @Property({ type: 'Date', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was cancelled: `CASE_REJECTED` or `CASE_WITHDRAWN`.',
  })
  @Property({ type: 'string', nullable: true })
  cancelReason: string | null = null;

  @Field({ description: 'Whether an item of the task needs a meeting before the sign-off.' })
  get meetingRequired(): boolean {
    return this.items.some((item) => item.meetingBeforeSign);
  }

  @Field(() => DepartmentMeeting, { nullable: true, description: 'The meeting, once recorded.' })
  get meeting(): DepartmentMeeting | null {
    if (!this.meetingHeldOn || !this.meetingRecordedAt) return null;
    return {
      heldOn: this.meetingHeldOn,
      minutes: this.meetingMinutes ?? '',
      recordedBy: this.meetingRecordedBy ?? '',
      recordedAt: this.meetingRecordedAt,
    };
  }
}
