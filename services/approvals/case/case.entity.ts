import { CalendarDate, CaseChannel, clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseStatus } from './case-status';
import { SubjectKind } from './subject-kind';
import type { CaseItem } from './case-item';
import type { MaterialRequirement } from './material-requirement';
import type { NoticeEntry } from './notice-entry';
import type { CommitmentException } from './commitment';
import type { AssessedFee } from '../fee/fee-assessment';

@Directive('@key(fields: "id")')
@ObjectType('Case', {
  description:
    'One application handled as one joint approval: accepted once, decided by every department in parallel, completed in one place.',
})
@Entity({ tableName: 'case' })
export class Case {
  @Field(() => ID, { description: 'Opaque id of the case.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field({
    description: 'Case number shown to the applicant and on every document, e.g. `OS-2026-001000`.',
  })
  @Property({ type: 'string', unique: true })
  reference!: string;

  @Field({ description: "What is applied for, in the applicant's words." })
  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'uuid' })
  applicantId!: string;

  /** The applicant's registered name, as materials reported it: licences print it as holder. */
  @Property({ type: 'string', nullable: true })
  applicantName: string | null = null;

  @Field(() => SubjectKind, { description: 'Whether the case is for a bundle or a single item.' })
  @Enum({ items: () => SubjectKind, nativeEnumName: 'subject_kind' })
  subjectKind!: SubjectKind;

  @Field(() => ID, { description: 'Code of the bundle or item applied for.' })
  @Property({ type: 'string' })
  subjectCode!: string;

  @Field(() => Int, { description: 'Version of the bundle or item applied for.' })
  @Property({ type: 'integer' })
  subjectVersion!: number;

  @Field(() => CaseChannel, { description: 'Online, or at a window.' })
  @Enum({ items: () => CaseChannel, nativeEnumName: 'case_channel' })
  channel!: CaseChannel;

  @Field({ description: 'Stable id of the person who submitted it: the applicant or the clerk.' })
  @Property({ type: 'string' })
  submittedBy!: string;

  @Property({ type: 'string' })
  idempotencyKey!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status: CaseStatus = CaseStatus.SUBMITTED;

  @Property({ type: 'json' })
  items!: CaseItem[];

  @Property({ type: 'json' })
  requirements!: MaterialRequirement[];

  @Property({ type: 'string[]' })
  departmentCodes!: string[];

  @Field(() => Int, {
    description:
      'Time limit of the whole case in working days: the bundle limit, or the item limit.',
  })
  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Property({ type: 'json' })
  notice: NoticeEntry[] = [];

  @Property({ type: 'string[]' })
  commitmentMaterialTypeCodes: string[] = [];

  @Property({ type: 'date', nullable: true })
  commitmentDeadlineOn: string | null = null;

  /** Committed materials whose lead department has verified them since acceptance. */
  @Property({ type: 'string[]' })
  commitmentVerifiedCodes: string[] = [];

  /** The center's documented exception: the case may complete without the committed materials. */
  @Property({ type: 'json', nullable: true })
  commitmentException: CommitmentException | null = null;

  /** The fees the case may be charged, assessed at acceptance; null before. */
  @Property({ type: 'json', nullable: true })
  feeAssessment: AssessedFee[] | null = null;

  @Field(() => Date, { nullable: true, description: 'When the case was accepted; null before.' })
  @Property({ type: 'Date', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => CalendarDate, {
    nullable: true,
    description:
      'Last working day to complete the case (`YYYY-MM-DD`), moved later by the working days it stood still for supplements; null until accepted.',
  })
  @Property({ type: 'date', nullable: true })
  deadlineOn: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The calendar year the case waits for: its deadline would fall in (or run across) a year the center has not entered yet, so it is accepted once the year is entered; null otherwise.',
  })
  @Property({ type: 'integer', nullable: true })
  calendarWaitingYear: number | null = null;

  /** Since when any task of the case waits for a supplement; the case clock stands still. */
  @Property({ type: 'Date', nullable: true })
  pausedSince: Date | null = null;

  /** Working days the case clock stood still in finished pauses (already added to deadlineOn). */
  @Property({ type: 'integer' })
  pausedDays = 0;

  @Field(() => Date, {
    nullable: true,
    description: 'When the case was returned, completed, rejected or withdrawn.',
  })
  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;

  @Field({ description: 'When the case was submitted.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
