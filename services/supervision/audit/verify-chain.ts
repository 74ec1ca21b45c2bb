import type { EntityManager } from '@mikro-orm/postgresql';
import { auditEntries } from './audit-rows';
import { entryHash, genesisHash } from './hash-chain';
import { ChainBreak, ChainVerification } from './chain-verification';

const batch = 1000;
const last = 2n ** 62n;

/** Recomputes the whole chain and names the first entry that does not fit. */
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
  return {
    valid: true,
    entriesChecked: Number(expected - 1n),
    firstBrokenSequence: null,
    firstBrokenEventPosition: null,
    reason: null,
    headHash: expected > 1n ? previousHash : null,
  };
}
