import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../errors/domain-error';
import { checkPage, whenAsked, type Connection, type PageArgs } from '../schema/pagination';
import { eventChannel } from './event-log';
import { ParkedEvent } from './parked-event.type';
import type { EventConsumer, HubEvent } from './hub-event';

interface ParkedRow {
  position: string;
  topic: string;
  key: string;
  payload: unknown;
  producer: string;
  occurred_at: Date;
}

/**
 * Marks a parked event to be handed to its consumer again (after the cause was fixed) and wakes
 * the deliveries; the replica running that consumer tries it at its next round.
 */
export async function requestParkedEventRetry(
  em: EntityManager,
  consumer: string,
  position: string,
): Promise<void> {
  if (!/^[1-9]\d{0,17}$/.test(position))
    throw badInput('position is not an event position.', { position });
  await em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const rows = await connection.execute<{ id: string }[]>(
      `update events.parked_event set retry_requested_at = now()
        where consumer = ? and position = ? returning id`,
      [consumer, position],
      'all',
      context,
    );
    if (!rows.length) throw notFound('Parked event', `${consumer}@${position}`);
    await connection.execute(`select pg_notify('${eventChannel}', '')`, [], 'run', context);
  });
}

/**
 * Hands the consumer's parked events an operator asked to retry over again, each in a
 * transaction of its own that also removes it from the parked list. One that fails again stays
 * parked with its new error, until asked again. Returns how many went through.
 */
export async function retryParkedEvents(
  em: EntityManager,
  consumer: EventConsumer,
): Promise<number> {
  const requested = await em.getConnection().execute<{ position: string }[]>(
    `select position::text from events.parked_event
        where consumer = ? and retry_requested_at is not null order by position`,
    [consumer.name],
  );
  let retried = 0;
  for (const { position } of requested) {
    try {
      const done = await em.fork().transactional(async (tx) => {
        const connection = tx.getConnection();
        const context = tx.getTransactionContext();
        // Locked, so two replicas do not both try it.
        const [row] = await connection.execute<ParkedRow[]>(
          `select e.position::text, e.topic, e.key, e.payload, e.producer, e.occurred_at
             from events.parked_event p join events.event e on e.position = p.position
            where p.consumer = ? and p.position = ? and p.retry_requested_at is not null
            for update of p skip locked`,
          [consumer.name, position],
          'all',
          context,
        );
        if (!row) return false;
        const event: HubEvent = {
          position: row.position,
          topic: row.topic,
          key: row.key,
          payload: row.payload,
          producer: row.producer,
          occurredAt: new Date(row.occurred_at),
        };
        await consumer.handle(event, tx);
        await tx.flush();
        await connection.execute(
          'delete from events.parked_event where consumer = ? and position = ?',
          [consumer.name, position],
          'run',
          context,
        );
        return true;
      });
      if (done) retried += 1;
    } catch (error) {
      await em.getConnection().execute(
        `update events.parked_event
              set attempts = attempts + 1, error = ?, retry_requested_at = null
            where consumer = ? and position = ?`,
        [error instanceof Error ? error.message : String(error), consumer.name, position],
      );
    }
  }
  return retried;
}

interface ParkedListRow {
  id: string;
  consumer: string;
  position: string;
  topic: string;
  key: string;
  attempts: number;
  error: string;
  parked_at: Date;
  retry_requested_at: Date | null;
}

const toParkedEvent = (row: ParkedListRow): ParkedEvent =>
  Object.assign(new ParkedEvent(), {
    consumer: row.consumer,
    position: row.position,
    topic: row.topic,
    key: row.key,
    attempts: row.attempts,
    error: row.error,
    parkedAt: new Date(row.parked_at),
    retryRequestedAt: row.retry_requested_at ? new Date(row.retry_requested_at) : null,
  });

function parkedCursorPosition(cursor: string | undefined, argument: 'after' | 'before') {
  if (cursor === undefined) return null;
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!/^[1-9]\d{0,17}$/.test(id)) {
    throw badInput(`${argument} is not a cursor this list gave out.`, { argument });
  }
  return id;
}

/**
 * One page of parked events (of one consumer, or all), newest first; keyset on the row id. A page
 * counted from the end (`last`) is read oldest first and turned round.
 */
export async function listParkedEvents(
  em: EntityManager,
  consumer: string | null,
  page: PageArgs,
): Promise<Connection<ParkedEvent>> {
  const { first, last, after, before } = checkPage(page);
  const afterId = parkedCursorPosition(after, 'after');
  const beforeId = parkedCursorPosition(before, 'before');
  const size = first ?? last;
  const connection = em.getConnection();
  const rows = await connection.execute<ParkedListRow[]>(
    `select id::text, consumer, position::text, topic, key, attempts, error, parked_at,
            retry_requested_at
       from events.parked_event
      where (?::text is null or consumer = ?)
        and (?::bigint is null or id < ?::bigint)
        and (?::bigint is null or id > ?::bigint)
      order by id ${last === undefined ? 'desc' : 'asc'}
      limit ?`,
    [consumer, consumer, afterId, afterId, beforeId, beforeId, size + 1],
  );
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (last !== undefined) pageRows.reverse();
  const cursorOf = (row: ParkedListRow) => Buffer.from(row.id).toString('base64url');
  const nodes = pageRows.map(toParkedEvent);
  return {
    nodes,
    edges: pageRows.map((row, index) => ({ cursor: cursorOf(row), node: nodes[index] })),
    pageInfo: {
      hasNextPage: last === undefined ? more : beforeId !== null,
      hasPreviousPage: last === undefined ? afterId !== null : more,
      startCursor: pageRows.length ? cursorOf(pageRows[0]) : null,
      endCursor: pageRows.length ? cursorOf(pageRows.at(-1)!) : null,
    },
    totalCount: whenAsked(async () => {
      const [{ count }] = await connection.execute<{ count: number }[]>(
        'select count(*)::int as count from events.parked_event where (?::text is null or consumer = ?)',
        [consumer, consumer],
      );
      return count;
    }),
  };
}

/** The parked event as it stands now (after a retry was asked for). */
export async function findParkedEvent(
  em: EntityManager,
  consumer: string,
  position: string,
): Promise<ParkedEvent> {
  const [row] = await em.getConnection().execute<ParkedListRow[]>(
    `select id::text, consumer, position::text, topic, key, attempts, error, parked_at,
            retry_requested_at
       from events.parked_event where consumer = ? and position = ?`,
    [consumer, position],
  );
  if (!row) throw notFound('Parked event', `${consumer}@${position}`);
  return toParkedEvent(row);
}
