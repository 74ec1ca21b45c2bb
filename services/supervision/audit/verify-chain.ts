import type { EntityManager } from '@mikro-orm/postgresql';
import { handedOver, sql } from '../../kit';
import { supervisionConsumer } from '../events/supervision.consumer';
import { auditEntries } from './audit-rows';
import { entryHash, genesisHash } from './hash-chain';
import { ChainBreak, ChainVerification } from './chain-verification';

const batch = 1000;
const last = 2n ** 62n;

/**
 * The first event of the hub's log that supervision's consumer has been handed (it follows every
 * topic) but that has no entry: links alone cannot show an event that never reached the log.
 * One statement, so it sees the consumer's position and the entries it committed together.
 */
async function firstMissingEvent(em: EntityManager): Promise<string | null> {
  const [missing] = await sql<{ position: string }>(
    em,
    `select e.position::text as position
       from events.event e, events.consumer c
      where c.name = ? and ${handedOver}
        and not exists (select from audit_entry a where a.event_position = e.position)
      order by e.position
      limit 1`,
    [supervisionConsumer.name],
  );
  return missing?.position ?? null;
}

/**
 * Recomputes the whole chain and names the first entry that does not fit, then checks that every
 * event supervision was handed is in it.
 */
export async function verifyChain(em: EntityManager): Promise<ChainVerification> {
  let previousHash = genesisHash;
  let expected = 1n;
  for (;;) {
    const entries = await auditEntries(em, expected, last, batch);
    for (const entry of entries) {
      const brokenBecause = (reason: ChainBreak) => ({
        valid: false,
        entriesChecked: Number(expected - 1n),
        firstBrokenSequence: entry.sequence,
        firstBrokenEventPosition: entry.eventPosition,
        reason,
        headHash: null,
      });
      if (BigInt(entry.sequence) !== expected) return brokenBecause(ChainBreak.MISSING_ENTRY);
      if (entry.previousHash !== previousHash) return brokenBecause(ChainBreak.LINK_MISMATCH);
      if (entryHash(entry) !== entry.hash) return brokenBecause(ChainBreak.CONTENT_CHANGED);
      previousHash = entry.hash;
      expected += 1n;
    }
    if (entries.length < batch) break;
  }
  const missingEvent = await firstMissingEvent(em);
  if (missingEvent) {
    return {
      valid: false,
      entriesChecked: Number(expected - 1n),
      firstBrokenSequence: null,
      firstBrokenEventPosition: missingEvent,
      reason: ChainBreak.MISSING_EVENT,
      headHash: null,
    };
  }
  return {
    valid: true,
    entriesChecked: Number(expected - 1n),
    firstBrokenSequence: null,
    firstBrokenEventPosition: null,
    reason: null,
    headHash: expected > 1n ? previousHash : null,
  };
}
