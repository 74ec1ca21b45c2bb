import type { HubEvent } from '../../kit';

/** When the announced act happened: its `at`, or when the event was written if that is unusable. */
export function eventInstant(event: HubEvent<{ at?: string }>): Date {
  const at = event.payload?.at ? new Date(event.payload.at) : null;
  return at && !Number.isNaN(at.getTime()) ? at : event.occurredAt;
}
