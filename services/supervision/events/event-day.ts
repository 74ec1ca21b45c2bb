import { localDate } from '../../kit';

/** The instant an event says something happened, and its date at the service center. */
export function eventTime(at: string | undefined, fallback: Date): { at: Date; day: string } {
  const instant = at ? new Date(at) : fallback;
  const valid = Number.isNaN(instant.getTime()) ? fallback : instant;
  return { at: valid, day: localDate(valid) };
}
