/** When the announced act happened: its `at`, or when the event was written if that is unusable. */
export function eventInstant(event: { payload: { at?: string }; occurredAt: Date }): Date {
  const at = event.payload?.at ? new Date(event.payload.at) : null;
  return at && !Number.isNaN(at.getTime()) ? at : event.occurredAt;
}
