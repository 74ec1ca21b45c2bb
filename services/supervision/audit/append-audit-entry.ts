import { sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../../kit';
import { canonicalJson, entryHash, genesisHash } from './hash-chain';

/**
 * Appends an event to the chain. The consumer that calls this holds its position lock, so entries
 * are appended one at a time in commit order; the unique event position makes a redelivery a no-op.
 */
export async function appendAuditEntry(em: EntityManager, event: HubEvent): Promise<void> {
  const [last] = await sql<{ last: string; hash: string }>(
    em,
    'select sequence::text as last, hash from audit_entry order by audit_entry.sequence desc limit 1',
  );
  const sequence = String(BigInt(last?.last ?? '0') + 1n);
  const previousHash = last?.hash ?? genesisHash;
  const hash = entryHash({
    previousHash,
    sequence,
    eventPosition: event.position,
    topic: event.topic,
    key: event.key,
    producer: event.producer,
    occurredAt: event.occurredAt,
    canonicalPayload: canonicalJson(event.payload),
  });
  await sql(
    em,
    `insert into audit_entry
       (sequence, event_position, topic, key, producer, occurred_at, payload, previous_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
     on conflict (event_position) do nothing`,
    [
      sequence,
      event.position,
      event.topic,
      event.key,
      event.producer,
      event.occurredAt,
      JSON.stringify(event.payload),
      previousHash,
      hash,
    ],
  );
}
