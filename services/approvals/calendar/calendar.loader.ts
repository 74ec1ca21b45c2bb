import { defineLoader, loadCalendar, type WorkingCalendar } from '../../kit';

/** The calendar replica, read once per request however many clocks the request shows. */
const calendarLoader = defineLoader<'calendar', WorkingCalendar>(async (keys, { em }) => {
  const calendar = await loadCalendar(em);
  return keys.map(() => calendar);
});

export const requestCalendar = (context: Parameters<typeof calendarLoader>[0]) =>
  calendarLoader(context).load('calendar');
