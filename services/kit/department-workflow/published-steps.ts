import type { DepartmentTask } from './department-task.entity';

/** The steps an item may be published with (center's catalog): ACCEPT first, SIGN last. */
export const publishedStepOrder = ['ACCEPT', 'REVIEW', 'SIGN'] as const;
export type PublishedStep = (typeof publishedStepOrder)[number];

/**
 * The step kinds of an item as the joint approval announced them. A task opened before items
 * carried their steps (or naming none the catalog knows) ran all three, so that stays the default.
 */
export function publishedStepKinds(steps: unknown): PublishedStep[] {
  const kinds = Array.isArray(steps)
    ? steps.map((step) => (typeof step === 'string' ? step : step?.kind))
    : [];
  const known = publishedStepOrder.filter((kind) => kinds.includes(kind));
  return known.length ? known : [...publishedStepOrder];
}

/** Whether any item of the task was published with this step: the task runs the union. */
export const taskHasStep = (task: DepartmentTask, kind: PublishedStep): boolean =>
  task.items.some((item) => (item.steps ?? publishedStepOrder).includes(kind));
