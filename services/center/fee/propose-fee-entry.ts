import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, conflict, DomainError, type Identity } from '../../kit';
import { FeeEntry } from './fee-entry.entity';
import { FeeEntryStatus } from './fee-entry-status';
import type { ProposeFeeEntryInput } from './fee-entry.input';

/** Enters a fee in the catalog, for a fee auditor to approve. */
export async function proposeFeeEntry(
  em: EntityManager,
  identity: Identity,
  input: ProposeFeeEntryInput,
): Promise<FeeEntry> {
  if (!/^[A-Z][A-Z0-9_-]{1,31}$/.test(input.code)) {
    throw new DomainError('BAD_USER_INPUT', 'A fee code is 2 to 32 capitals, digits, - or _.');
  }
  if (!input.name.trim() || !input.standard.trim() || !input.legalBasis.trim()) {
    throw new DomainError('BAD_USER_INPUT', 'A fee needs a name, a standard and a legal basis.');
  }
  if (await em.findOne(FeeEntry, { code: input.code })) {
    throw conflict(`Fee entry ${input.code} already exists.`, { code: input.code });
  }
  const entry = em.create(FeeEntry, {
    ...input,
    status: FeeEntryStatus.PROPOSED,
    proposedBy: identity.subject!,
    createdAt: clock.now(),
  });
  await em.flush();
  return entry;
}
