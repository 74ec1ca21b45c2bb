/**
 * A department's working days on a case: its longest promised item limit, never beyond the case's
 * own (bundle) limit, so every department's deadline falls on or before the case's.
 */
export function taskLimitDays(
  items: readonly { promisedLimitDays: number }[],
  caseLimitDays: number,
): number {
  if (items.length === 0) throw new Error('A task has at least one item.');
  return Math.min(Math.max(...items.map((item) => item.promisedLimitDays)), caseLimitDays);
}
