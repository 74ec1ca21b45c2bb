import type { EntityManager } from '@mikro-orm/postgresql';
import { TimelineEntry } from './timeline-entry.entity';
import type { TimelineKind } from './timeline-kind';

export interface TimelineFact {
  caseId: string;
  taskId?: string | null;
  departmentCode?: string | null;
  kind: TimelineKind;
  at: Date;
  by?: string | null;
  summary: string;
}

/** Adds an entry to a case's timeline in the caller's transaction (flushed with the change). */
export function recordTimeline(em: EntityManager, fact: TimelineFact): void {
  em.create(TimelineEntry, {
    caseId: fact.caseId,
    taskId: fact.taskId ?? null,
    departmentCode: fact.departmentCode ?? null,
    kind: fact.kind,
    at: fact.at,
    by: fact.by ?? null,
    summary: fact.summary,
  } as TimelineEntry);
}
