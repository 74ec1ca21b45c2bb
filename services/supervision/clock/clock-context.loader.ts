import { defineLoader, type RequestContext } from '../../kit';
import { loadClockContext, type ClockContext } from './clock-context';

const clockContextLoader = defineLoader<'now', ClockContext>(async (keys, context) => {
  const loaded = await loadClockContext(context.em);
  return keys.map(() => loaded);
});

/** One calendar and threshold read per request, however many clocks it shows. */
export const clockContextOf = (context: RequestContext) => clockContextLoader(context).load('now');
