import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../calendar/working-calendar';

function calendarDate(value: unknown): string {
  if (isCalendarDate(value)) return value;
  throw new GraphQLError(
    `A Date is a calendar date written YYYY-MM-DD, such as 2026-11-30; got ${JSON.stringify(value)}.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/**
 * A day of the calendar, not an instant: deadlines, meeting days, validity periods. Days are
 * those of the center's time zone (Asia/Shanghai), so no client's zone can move them; instants
 * are `DateTimeISO`. In code the value stays the `YYYY-MM-DD` string.
 */
export const CalendarDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    "A calendar date in the center's time zone, written YYYY-MM-DD (ISO 8601), such as 2026-11-30. Days of deadlines, meetings and validity periods; instants are `DateTimeISO`.",
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) {
      throw new GraphQLError('A Date is a string written YYYY-MM-DD, such as "2026-11-30".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return calendarDate(node.value);
  },
});
