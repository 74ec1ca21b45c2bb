import type { Connection } from '@mikro-orm/postgresql';
import { handedOver } from './event-log';

/**
 * After a logical restore (pg_dump into another cluster) the log's transaction ids and the
 * consumers' snapshots are those of the old cluster. The new cluster counts its transactions
 * from its own start, usually far below: new events would sort before every consumer's position
 * and look delivered already, so nothing would be delivered again.
 *
 * A log from elsewhere shows itself: it holds a transaction id this cluster has not reached yet.
 * Then, in one transaction, every event of the log is given this transaction's id (the log's
 * order within it is its positions), and each consumer is put where it was:
 * - a consumer that had been handed every event resumes after this transaction;
 * - one that had not resumes at the first event it had not been handed, in position order. The
 *   events after that one that it had been handed (in a different commit order) come again:
 *   delivery is at least once, and consumers are idempotent.
 *
 * Runs at start, under the lock of the log's DDL, before any subgraph serves: nothing else writes
 * events while it runs. A log written in this cluster is left as it is.
 */
const rebaseRestoredLog = `
  do $$
  declare
    rebased xid8 := pg_current_xact_id();
    next_id text := (rebased::text::numeric + 1)::text;
    after_rebase pg_snapshot := (next_id || ':' || next_id || ':')::pg_snapshot;
    before_rebase pg_snapshot := (rebased::text || ':' || rebased::text || ':')::pg_snapshot;
  begin
    if not exists (select from events.event where transaction_id >= rebased)
       and not exists (select from events.consumer
                        where pg_snapshot_xmax(delivered) > rebased
                           or pg_snapshot_xmax(batch) > rebased) then
      return;
    end if;
    create temporary table restored_consumer on commit drop as
      select c.name,
             (select min(e.position) from events.event e where not ${handedOver}) as first_not_handed
        from events.consumer c;
    update events.event set transaction_id = rebased;
    update events.consumer c
       set delivered = case when r.first_not_handed is null then after_rebase else before_rebase end,
           batch = case when r.first_not_handed is null then null else after_rebase end,
           batch_transaction_id = case when r.first_not_handed is null then '0' else rebased end,
           batch_position = coalesce(r.first_not_handed - 1, 0),
           updated_at = now()
      from restored_consumer r
     where r.name = c.name;
    raise notice 'onestop: event log restored from another cluster; positions re-based to transaction %', rebased;
  end $$;
`;

/**
 * Re-bases a restored event log on this cluster's transaction ids; a no-op otherwise. The
 * database's provisioning runs it as the administrator before any subgraph starts (subgraph roles
 * may not rewrite the log); a subgraph's start runs it too, and finds nothing to do.
 */
export const rebaseRestoredEventLogStatement = `
    begin;
    select pg_advisory_xact_lock(hashtext('onestop.events.ddl'));
    ${rebaseRestoredLog}
    commit;
  `;

/** Re-bases a restored event log on this cluster's transaction ids; a no-op otherwise. */
export async function rebaseRestoredEventLog(connection: Connection): Promise<void> {
  await connection.execute(rebaseRestoredEventLogStatement);
}
