import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { badInput, type RequestContext } from '../../kit';
import { auditors } from '../access';
import { AuditExport } from './audit-export';
import { auditEntries } from './audit-rows';
import { ChainVerification } from './chain-verification';
import { chainAlgorithm } from './hash-chain';
import { verifyChain } from './verify-chain';

export const maxExportEntries = 1000;

const sequenceArg = (name: string, value: string): bigint => {
  if (!/^[1-9]\d{0,17}$/.test(value))
    throw badInput(`${name} is a sequence number from 1.`, { [name]: value });
  return BigInt(value);
};

@Resolver()
export class AuditResolver {
  @Authorized(...auditors)
  @Query(() => ChainVerification, {
    description: 'Recomputes the audit log hash chain and names the first entry that does not fit.',
  })
  auditChainVerification(@Ctx() { em }: RequestContext): Promise<ChainVerification> {
    return verifyChain(em);
  }

  @Authorized(...auditors)
  @Query(() => AuditExport, {
    description: `Entries from one sequence to another (at most ${maxExportEntries}), with what is needed to check them elsewhere.`,
  })
  async auditExport(
    @Arg('fromSequence', { description: 'First sequence number (from 1).' }) fromSequence: string,
    @Arg('toSequence', { description: 'Last sequence number, included.' }) toSequence: string,
    @Ctx() { em }: RequestContext,
  ): Promise<AuditExport> {
    const from = sequenceArg('fromSequence', fromSequence);
    const to = sequenceArg('toSequence', toSequence);
    if (to < from || to - from >= BigInt(maxExportEntries)) {
      throw badInput(`A range holds 1 to ${maxExportEntries} entries.`, {
        fromSequence,
        toSequence,
      });
    }
    const entries = await auditEntries(em, from, to, maxExportEntries);
    return {
      algorithm: chainAlgorithm,
      anchorHash: entries[0]?.previousHash ?? '',
      entries,
      headHash: entries.at(-1)?.hash ?? null,
    };
  }
}
