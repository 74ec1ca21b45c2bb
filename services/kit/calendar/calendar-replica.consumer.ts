import { defineConsumer } from '../events/define-consumer';
import {
  calendarChangedTopic,
  calendarReplicaTable,
  replaceCalendarYear,
} from './calendar-replica';

/**
 * Add to a subgraph's `consumers` (with `calendarReplicaMigration`) to follow the calendar. Named
 * after the subgraph that runs it: consumers share one table of positions.
 */
export const calendarReplicaConsumer = (subgraph: string) =>
  defineConsumer({
    name: `${subgraph}.calendar`,
    topics: [calendarChangedTopic],
    handle: (event, em) => replaceCalendarYear(em, calendarReplicaTable, event.payload),
  });
