import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../database/sql';
import { handedOver } from './event-log';

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
 * One replica archives at a time (the others skip). Returns how many events were moved.
 */
export async function archiveDeliveredEvents(
  em: EntityManager,
  retentionDays: number,
): Promise<number> {
  if (retentionDays <= 0) return 0;
  let archived = 0;
  for (;;) {
    const moved = await em.fork().transactional(async (tx) => {
      const [{ locked }] = await sql<{ locked: boolean }>(
        tx,
        `select pg_try_advisory_xact_lock(hashtext('onestop.event-archive')) as locked`,
      );
      if (!locked) return 0;
      const rows = await sql<{ count: number }>(
        tx,
        `with moved as (
           delete from events.event e
            where e.position in (
              select e.position from events.event e
               where e.occurred_at < now() - ? * interval '1 day'
                 and not exists (select from events.consumer c where not ${handedOver})
                 and not exists (select from events.parked_event p where p.position = e.position)
               order by e.position
               limit ${archiveChunk})
           returning e.*)
         , archived as (
           insert into events.event_archive
                  (position, transaction_id, topic, key, payload, producer, occurred_at)
           select position, transaction_id, topic, key, payload, producer, occurred_at from moved
           returning 1)
         select count(*)::int as count from archived`,
        [retentionDays],
      );
      return rows[0].count;
    });
    archived += moved;
    if (moved < archiveChunk) return archived;
  }
}
