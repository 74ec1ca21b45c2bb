/**
 * Which events a reader gets next, told by two snapshots of the database (the technique of PgQ,
 * Skytools' queue for PostgreSQL: a batch is every event whose transaction is visible in the new
 * snapshot and was not visible in the previous one).
 *
 * A snapshot says, for any transaction id, whether that transaction had committed when it was
 * taken. So "visible in `to`, not visible in `from`" is exactly the events that committed between
 * the two, whatever order their transactions started, wrote or committed in. Successive batches
 * therefore cover every committed event once and step over none: an event still uncommitted at
 * `to` belongs to a later batch, and nothing is waited for. A transaction idling anywhere on the
 * server, in this database or another, holds nobody back.
 *
 * `to` must be taken before the reading transaction has an id of its own (PostgreSQL leaves it
 * out of its own snapshots, so it would look committed): the reader takes it first, and any
 * transaction that gets an id after it, the reader's included, is invisible in it.
 *
 * Within a batch, events come in transaction-id order, then position: a transaction that began
 * after another committed has a larger id, so what one use case did before the next one read it
 * still comes first, and each transaction's events come together.
 */
export interface SnapshotBatch {
  /** Every event of a transaction visible in this snapshot was read before. */
  from: string;
  /** The events of transactions visible in this one are this batch. */
  to: string;
  /** Within the batch, events up to this transaction id and position were read already. */
  after: { transactionId: string; position: string };
}

export const batchStart = { transactionId: '0', position: '0' };

/**
 * How many transaction ids one read of a batch looks through. A batch can be large (a consumer
 * that was down, or a new one reading the whole log); reading it a window at a time keeps each
 * read's cost flat instead of growing with what is left of the batch.
 */
const transactionWindow = 5000n;

const xmaxOf = (snapshot: string) => BigInt(snapshot.split(':')[1]);

export interface BatchRead {
  sql: string;
  params: string[];
  /** Where the batch stands after a read that returned `rows` (undefined when it is finished). */
  next(
    rows: { batch_transaction_id: string; batch_position: string }[],
  ): SnapshotBatch['after'] | undefined;
}

/**
 * The next `limit` events of a batch from `events.event`, in batch order, with `columns` (of
 * alias `e`) and an extra `condition`. Candidates come through the transaction-id index: the ids
 * still running at `from` (its xip list), and a window of ids from `from`'s xmax up to `to`'s.
 */
export function readBatch(
  batch: SnapshotBatch,
  columns: string,
  condition: { sql: string; params: string[] },
  limit: number,
): BatchRead {
  const windowStart = [xmaxOf(batch.from), BigInt(batch.after.transactionId)].reduce((a, b) =>
    a > b ? a : b,
  );
  const toXmax = xmaxOf(batch.to);
  const windowEnd =
    windowStart + transactionWindow < toXmax ? windowStart + transactionWindow : toXmax;
  const part = (candidates: string) => `
    select ${columns}, e.transaction_id::text as batch_transaction_id,
           e.position::text as batch_position
      from events.event e
     where ${candidates}
       and pg_visible_in_snapshot(e.transaction_id, ?::pg_snapshot)
       and not pg_visible_in_snapshot(e.transaction_id, ?::pg_snapshot)
       and (e.transaction_id, e.position) > (?::xid8, ?::bigint)
       and (${condition.sql})`;
  const partParams = [
    batch.to,
    batch.from,
    batch.after.transactionId,
    batch.after.position,
    ...condition.params,
  ];
  return {
    sql: `select * from (
      ${part('e.transaction_id = any(array(select pg_snapshot_xip(?::pg_snapshot)))')}
      union all
      ${part('e.transaction_id >= pg_snapshot_xmax(?::pg_snapshot) and e.transaction_id < ?::xid8')}
    ) batch order by batch_transaction_id::xid8, batch_position::bigint limit ${limit}`,
    params: [batch.from, ...partParams, batch.from, String(windowEnd), ...partParams],
    next(rows) {
      const last = rows.at(-1);
      if (rows.length === limit && last) {
        return { transactionId: last.batch_transaction_id, position: last.batch_position };
      }
      // Every event of the window is read: on to the next window, or the batch is done.
      if (windowEnd < toXmax)
        return { transactionId: String(windowEnd - 1n), position: maxPosition };
      return undefined;
    },
  };
}

const maxPosition = '9223372036854775807';
