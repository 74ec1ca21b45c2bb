import { Entity, Property } from '@mikro-orm/postgresql';
import type { ClockState } from './clock-state';
import { WarningLevel } from './warning-level';

/** The clock columns a supervised case and a supervised task both carry. */
@Entity({ abstract: true })
export abstract class Clocked implements ClockState {
  @Property({ type: 'date', nullable: true })
  openedOn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  limitDays: number | null = null;

  @Property({ type: 'date', nullable: true })
  deadlineOn: string | null = null;

  @Property({ type: 'integer' })
  pausedDays = 0;

  @Property({ type: 'date', nullable: true })
  pausedSince: string | null = null;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  usedDays: number | null = null;

  /** As of the last event or periodic check. */
  @Property({ type: 'string' })
  level: WarningLevel = WarningLevel.GREEN;

  @Property({ type: 'date', nullable: true })
  yellowOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  redOn: string | null = null;
}
