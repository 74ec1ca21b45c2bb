import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';

/** Events moved per statement, so one archiving run never holds a long lock on the log. */
const archiveChunk = 5000;

/**
 * Moves events older than `retentionDays` from the log to `events.event_archive`, once nothing
 * may still need them from the log: every consumer has been handed them and no consumer holds one
 * parked. A consumer that is behind (or a registered consumer that no longer runs) keeps what it
 * has not been handed in the log; drop its row from `events.consumer` when it is gone for good.
 *
 * A new consumer starts at the oldest event still in the log, so it replays the last
 * `retentionDays`; older history is in the archive, in the same columns. Audit entries name
 * their event's position, which stays the same in the archive.
 *
 * One replica archives at a time (the others skip). Returns how many events were moved. The
 * moving itself is `events.archive_delivered`, which runs as the log's owner (see event-log.ts).
 */
export async function archiveDeliveredEvents(
  em: EntityManager,
  retentionDays: number,
): Promise<number> {
  if (retentionDays <= 0) return 0;
  let archived = 0;
  for (;;) {
    // The log's own function (event-log.ts): it deletes as the log's owner, so subgraph roles
    // need no right to delete events.
    const [{ moved }] = await sql<{ moved: number }>(
      em.fork(),
      'select events.archive_delivered(?, ?) as moved',
      [retentionDays, archiveChunk],
    );
    archived += moved;
    if (moved < archiveChunk) return archived;
  }
}
