import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import {
  clock,
  conflict,
  ConnectionType,
  DomainError,
  notFound,
  PageArgs,
  paginate,
  publishEvent,
  Role,
  sql,
  type RequestContext,
} from '../../kit';
import { requireOffice } from '../access';
import { FeeEntry } from './fee-entry.entity';
import { FeeEntryStatus } from './fee-entry-status';
import { feeEntryByCode } from './fee-entry.loader';
import { ItemStatus } from '../item/item-status';

export const FeeEntryConnection = ConnectionType(FeeEntry, 'fee catalog entry');

@InputType({ description: 'A new entry of the fee catalog.' })
export class ProposeFeeEntryInput {
  @Field({ description: 'Code of the entry.' })
  code!: string;

  @Field({ description: 'What the fee is for.' })
  name!: string;

  @Field({ description: 'How much is charged.' })
  standard!: string;

  @Field({ description: 'The law or price document that allows the fee.' })
  legalBasis!: string;
}

const feeCode = { description: 'Code of the fee catalog entry.' };

async function lockedEntry(tx: EntityManager, code: string): Promise<FeeEntry> {
  const entry = await tx.findOne(FeeEntry, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!entry) throw notFound('Fee entry', code);
  return entry;
}

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
  async proposeFeeEntry(
    @Arg('input', () => ProposeFeeEntryInput, { description: 'The entry.' })
    input: ProposeFeeEntryInput,
    @Ctx() { em, identity }: RequestContext,
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

  @Mutation(() => FeeEntry, {
    description: 'Approves a proposed fee entry; only a fee auditor may (FEE_AUDITOR_ONLY).',
  })
  approveFeeEntry(
    @Arg('code', () => ID, feeCode) code: string,
    @Ctx() context: RequestContext,
  ): Promise<FeeEntry> {
    requireOffice(context, Role.FEE_AUDITOR, 'FEE_AUDITOR_ONLY');
    return context.em.transactional(async (tx) => {
      const entry = await lockedEntry(tx, code);
      if (entry.status !== FeeEntryStatus.PROPOSED) {
        throw new DomainError('FEE_ENTRY_NOT_PROPOSED', `Fee entry ${code} is ${entry.status}.`);
      }
      entry.status = FeeEntryStatus.APPROVED;
      entry.approvedBy = context.identity.subject;
      entry.approvedAt = clock.now();
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.fee-entry.approved',
        key: code,
        payload: {
          code,
          name: entry.name,
          standard: entry.standard,
          legalBasis: entry.legalBasis,
        },
      });
      return entry;
    });
  }

  @Mutation(() => FeeEntry, {
    description:
      'Withdraws a fee entry from the catalog; refused while an item still charges it (FEE_ENTRY_IN_USE).',
  })
  withdrawFeeEntry(
    @Arg('code', () => ID, feeCode) code: string,
    @Ctx() context: RequestContext,
  ): Promise<FeeEntry> {
    requireOffice(context, Role.FEE_AUDITOR, 'FEE_AUDITOR_ONLY');
    return context.em.transactional(async (tx) => {
      const entry = await lockedEntry(tx, code);
      if (entry.status === FeeEntryStatus.WITHDRAWN) {
        throw new DomainError('FEE_ENTRY_NOT_PROPOSED', `Fee entry ${code} is already withdrawn.`);
      }
      const users = await sql<{ code: string; version: number }>(
        tx,
        `select item.code, item.version from item_fee join item on item.id = item_fee.item_id
          where item_fee.fee_code = ? and item.status in (?, ?, ?) order by item.code`,
        [code, ItemStatus.PROPOSED, ItemStatus.APPROVED, ItemStatus.PUBLISHED],
      );
      if (users.length > 0) {
        throw new DomainError(
          'FEE_ENTRY_IN_USE',
          `Fee entry ${code} is still charged by ${users.map((u) => u.code).join(', ')}.`,
          { items: users },
        );
      }
      entry.status = FeeEntryStatus.WITHDRAWN;
      entry.withdrawnAt = clock.now();
      await tx.flush();
      await publishEvent(tx, { topic: 'center.fee-entry.withdrawn', key: code, payload: { code } });
      return entry;
    });
  }
}
