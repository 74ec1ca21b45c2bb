import { sql } from '../../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEntry } from './audit-entry';
import { canonicalJson } from './hash-chain';

/** Reads chain entries with sequence in [from, to], oldest first. */
export async function auditEntries(
  em: EntityManager,
  from: bigint,
  to: bigint,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await sql<Omit<AuditEntry, 'canonicalPayload'> & { payload: unknown }>(
    em,
    `select sequence::text as sequence, event_position::text as "eventPosition", topic, key,
            producer, occurred_at as "occurredAt", payload, previous_hash as "previousHash", hash
       from audit_entry where audit_entry.sequence between ? and ?
      order by audit_entry.sequence limit ?`,
    [String(from), String(to), limit],
  );
  return rows.map(({ payload, ...row }) => ({
    ...row,
    occurredAt: new Date(row.occurredAt),
    canonicalPayload: canonicalJson(payload),
  }));
}
