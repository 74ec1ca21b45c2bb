import { Client } from 'pg';

async function rows<T>(url: string, query: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A database's id in the exchange of events (events.source). */
export const sourceOf = async (url: string) =>
  (await rows<{ id: string }>(url, 'select id from events.source'))[0].id;

/** Positions of the events committed in this database itself (not copied in), in order. */
export const localPositions = async (url: string) =>
  (
    await rows<{ position: string }>(
      url,
      `select e.position::text from events.event e
        where not exists (select from events.ingested_event i where i.position = e.position)
        order by e.position`,
    )
  ).map((row) => row.position);

/** What `url` copied in from `source`: each row's source position, as often as it was copied. */
export const copiedFrom = async (url: string, source: string) =>
  (
    await rows<{ source_position: string }>(
      url,
      `select i.source_position::text from events.ingested_event i
         join events.event e on e.position = i.position
        where i.source = $1 order by i.source_position`,
      [source],
    )
  ).map((row) => row.source_position);

/**
 * Copies in `to` of events from `from` that differ from the original in topic, key, payload or
 * producer (none, when the exchange is faithful).
 */
export async function unfaithfulCopies(from: string, to: string): Promise<number> {
  const source = await sourceOf(from);
  const originals = new Map(
    (
      await rows<{ position: string; event: string }>(
        from,
        `select position::text, json_build_array(topic, key, payload, producer)::text as event
           from events.event`,
      )
    ).map((row) => [row.position, row.event]),
  );
  const copies = await rows<{ source_position: string; event: string }>(
    to,
    `select i.source_position::text,
            json_build_array(e.topic, e.key, e.payload, e.producer)::text as event
       from events.ingested_event i join events.event e on e.position = i.position
      where i.source = $1`,
    [source],
  );
  return copies.filter((copy) => originals.get(copy.source_position) !== copy.event).length;
}

export const query = rows;
