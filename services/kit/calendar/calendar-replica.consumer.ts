import { defineConsumer } from '../events/define-consumer';
import {
  calendarChangedTopic,
  calendarReplicaTable,
  replaceCalendarYear,
} from './calendar-replica';

/** Add to a subgraph's `consumers` (with `calendarReplicaMigration`) to follow the calendar. */
export const calendarReplicaConsumer = defineConsumer({
  name: 'kit.calendar',
  topics: [calendarChangedTopic],
  handle: (event, em) => replaceCalendarYear(em, calendarReplicaTable, event.payload),
});
