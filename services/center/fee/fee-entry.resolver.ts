import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, paginate, Role, type RequestContext } from '../../kit';
import { approveFeeEntry } from './approve-fee-entry';
import { FeeEntry } from './fee-entry.entity';
import { FeeEntryStatus } from './fee-entry-status';
import { ProposeFeeEntryInput } from './fee-entry.input';
import { feeEntryByCode } from './fee-entry.loader';
import { proposeFeeEntry } from './propose-fee-entry';
import { withdrawFeeEntry } from './withdraw-fee-entry';

export const FeeEntryConnection = ConnectionType(FeeEntry, 'fee catalog entry');

const feeCode = { description: 'Code of the fee catalog entry.' };

@Resolver(() => FeeEntry)
export class FeeEntryResolver {
  @Query(() => FeeEntryConnection, { description: 'The fee catalog, by code.' })
  feeEntries(
    @Args() page: PageArgs,
    @Arg('status', () => FeeEntryStatus, {
      nullable: true,
      description: 'Only entries in this status.',
    })
    status: FeeEntryStatus | null,
    @Ctx() { em }: RequestContext,
  ) {
    return paginate(em, FeeEntry, status ? { status } : {}, page, { code: 'asc' });
  }

  @Query(() => FeeEntry, { nullable: true, description: 'One fee catalog entry by code.' })
  feeEntry(@Arg('code', () => ID, feeCode) code: string, @Ctx() context: RequestContext) {
    return feeEntryByCode(context).load(code);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => FeeEntry, { description: 'Enters a fee for a fee auditor to approve.' })
  proposeFeeEntry(
    @Arg('input', () => ProposeFeeEntryInput, { description: 'The entry.' })
    input: ProposeFeeEntryInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<FeeEntry> {
    return proposeFeeEntry(em, identity, input);
  }

  @Mutation(() => FeeEntry, {
    description: 'Approves a proposed fee entry; only a fee auditor may (FEE_AUDITOR_ONLY).',
  })
  approveFeeEntry(
    @Arg('code', () => ID, feeCode) code: string,
    @Ctx() context: RequestContext,
  ): Promise<FeeEntry> {
    return approveFeeEntry(context, code);
  }

  @Mutation(() => FeeEntry, {
    description:
      'Withdraws a fee entry from the catalog; refused while an item still charges it (FEE_ENTRY_IN_USE).',
  })
  withdrawFeeEntry(
    @Arg('code', () => ID, feeCode) code: string,
    @Ctx() context: RequestContext,
  ): Promise<FeeEntry> {
    return withdrawFeeEntry(context, code);
  }
}
