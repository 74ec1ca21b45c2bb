import {
  LockMode,
  UniqueConstraintViolationException,
  type EntityManager,
} from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  clock,
  DomainError,
  Role,
  StaffErrorCode,
  assertMayAct,
  assertRegisteredStaff,
  badInput,
  notFound,
  publishEvent,
  type RequestContext,
} from '../../kit';
import { centerStaffDirectory, requireOffice } from '../access';
import { Section } from '../section/section.entity';
import { Item } from './item.entity';
import { ItemFee } from './item-fee.entity';
import { ItemMaterial } from './item-material.entity';
import { ItemStatus } from './item-status';
import { ItemInput } from './item.input';
import { checkItemContent } from './item-rules';
import { itemPublishedPayload } from './item-published';

const proposers = [Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE];
const itemCode = { description: 'Code of the item.' };
const itemVersion = { description: 'Version number.' };

const notOwn = (departmentCode: string) =>
  new DomainError(
    StaffErrorCode.NotOwnDepartment,
    `The item belongs to department ${departmentCode}; only its staff may propose or amend it.`,
    { departmentCode },
  );

async function sectionOf(em: EntityManager, code: string): Promise<Section> {
  const section = await em.findOne(Section, { code });
  if (!section) throw notFound('Section', code);
  return section;
}

/**
 * Writes a new version in its own transaction. Two requests writing the same version at once
 * meet on the (code, version) key: the second is refused as a pending change, not an error.
 */
function writeVersion(
  em: EntityManager,
  input: ItemInput,
  fields: { departmentCode: string; version: number; proposedBy: string },
): Promise<Item> {
  return em
    .transactional((tx) => insertVersion(tx, input, fields))
    .catch((error) => {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      throw new DomainError(
        'ITEM_CHANGE_PENDING',
        `Version ${fields.version} of ${input.code} was just written by another request.`,
        { code: input.code, version: fields.version },
      );
    });
}

async function insertVersion(
  tx: EntityManager,
  input: ItemInput,
  fields: { departmentCode: string; version: number; proposedBy: string },
): Promise<Item> {
  const item = tx.create(Item, {
    code: input.code,
    version: fields.version,
    departmentCode: fields.departmentCode,
    sectionCode: input.sectionCode,
    name: input.name.trim(),
    kind: input.kind,
    legalBasis: input.legalBasis.trim(),
    statutoryLimitDays: input.statutoryLimitDays,
    promisedLimitDays: input.promisedLimitDays,
    steps: input.steps.map((step) => ({ kind: step.kind, name: step.name.trim() })),
    joint: input.joint,
    meetingBeforeSign: input.meetingBeforeSign,
    status: ItemStatus.PROPOSED,
    returnReasons: [],
    proposedBy: fields.proposedBy,
    createdAt: clock.now(),
  } as never);
  await tx.flush();
  input.materials.forEach((material, position) =>
    tx.create(ItemMaterial, { itemId: item.id, position, ...material }),
  );
  for (const feeCode of new Set(input.feeCodes)) tx.create(ItemFee, { itemId: item.id, feeCode });
  await tx.flush();
  return item;
}

async function lockedVersion(tx: EntityManager, code: string, version: number): Promise<Item> {
  const item = await tx.findOne(Item, { code, version }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!item) throw notFound('Item version', `${code}@${version}`);
  return item;
}

@Resolver()
export class ItemLifecycleResolver {
  @Authorized(...proposers)
  @Mutation(() => Item, {
    description:
      "Proposes a new item of the caller's department (version 1); the legal office reviews it.",
  })
  async proposeItem(
    @Arg('input', () => ItemInput, { description: 'The item.' }) input: ItemInput,
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    const { em, identity } = context;
    // The registry check comes first, as in every subgraph: an uncertified caller learns nothing.
    await assertRegisteredStaff(context, proposers, centerStaffDirectory);
    const section = await sectionOf(em, input.sectionCode);
    const existing = await em.findOne(Item, { code: input.code });
    if (existing && existing.departmentCode !== identity.departmentCode) {
      throw notOwn(existing.departmentCode);
    }
    await assertMayAct(
      context,
      { departmentCode: section.departmentCode, role: proposers },
      centerStaffDirectory,
    );
    if (existing) {
      throw new DomainError('ITEM_CODE_TAKEN', `Item ${input.code} exists; amend it instead.`, {
        code: input.code,
      });
    }
    await checkItemContent(em, input);
    return writeVersion(em, input, {
      departmentCode: section.departmentCode,
      version: 1,
      proposedBy: identity.subject!,
    });
  }

  @Authorized(...proposers)
  @Mutation(() => Item, {
    description:
      'Amends an item: a new version with the full new content, for the legal office to review.',
  })
  async amendItem(
    @Arg('input', () => ItemInput, { description: 'The new content of the item.' })
    input: ItemInput,
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    const { em, identity } = context;
    await assertRegisteredStaff(context, proposers, centerStaffDirectory);
    const latest = await em.findOne(Item, { code: input.code }, { orderBy: { version: 'desc' } });
    if (!latest) throw notFound('Item', input.code);
    if (latest.departmentCode !== identity.departmentCode) throw notOwn(latest.departmentCode);
    await assertMayAct(
      context,
      { departmentCode: latest.departmentCode, role: proposers },
      centerStaffDirectory,
    );
    const section = await sectionOf(em, input.sectionCode);
    if (section.departmentCode !== latest.departmentCode) throw notOwn(section.departmentCode);
    if (latest.status === ItemStatus.PROPOSED || latest.status === ItemStatus.APPROVED) {
      throw new DomainError(
        'ITEM_CHANGE_PENDING',
        `Version ${latest.version} of ${latest.code} is ${latest.status}; wait for it to be decided or published.`,
        { code: latest.code, version: latest.version, status: latest.status },
      );
    }
    await checkItemContent(em, input);
    return writeVersion(em, input, {
      departmentCode: latest.departmentCode,
      version: latest.version + 1,
      proposedBy: identity.subject!,
    });
  }

  @Mutation(() => Item, {
    description: 'The legal office approves a proposed version (LEGAL_OFFICE_ONLY otherwise).',
  })
  approveItem(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, itemVersion) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    requireOffice(context, Role.LEGAL_OFFICE, 'LEGAL_OFFICE_ONLY');
    return this.decide(context, code, version, ItemStatus.APPROVED, []);
  }

  @Mutation(() => Item, {
    description: 'The legal office returns a proposed version to its department, with reasons.',
  })
  returnItem(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, itemVersion) version: number,
    @Arg('reasons', () => [String], { description: 'Why, one entry per problem.' })
    reasons: string[],
    @Ctx() context: RequestContext,
  ): Promise<Item> {
    requireOffice(context, Role.LEGAL_OFFICE, 'LEGAL_OFFICE_ONLY');
    const given = reasons.map((reason) => reason.trim()).filter(Boolean);
    if (given.length === 0) {
      throw new DomainError('RETURN_REASONS_REQUIRED', 'Say why the item is returned.');
    }
    return this.decide(context, code, version, ItemStatus.RETURNED, given);
  }

  private decide(
    { em, identity }: RequestContext,
    code: string,
    version: number,
    status: ItemStatus.APPROVED | ItemStatus.RETURNED,
    reasons: string[],
  ): Promise<Item> {
    return em.transactional(async (tx) => {
      const item = await lockedVersion(tx, code, version);
      if (item.status !== ItemStatus.PROPOSED) {
        throw new DomainError(
          'ITEM_NOT_IN_REVIEW',
          `Version ${version} of ${code} is ${item.status}, not PROPOSED.`,
          { code, version, status: item.status },
        );
      }
      item.status = status;
      item.returnReasons = reasons;
      item.reviewedBy = identity.subject;
      item.reviewedAt = clock.now();
      await tx.flush();
      return item;
    });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Item, {
    description:
      'The center publishes an approved version: it comes into force and replaces the previous one.',
  })
  publishItem(
    @Arg('code', () => ID, itemCode) code: string,
    @Arg('version', () => Int, itemVersion) version: number,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<Item> {
    if (!Number.isInteger(version)) throw badInput('version is a whole number.');
    return em.transactional(async (tx) => {
      const item = await lockedVersion(tx, code, version);
      if (item.status !== ItemStatus.APPROVED) {
        throw new DomainError(
          'ITEM_NOT_APPROVED',
          `Version ${version} of ${code} is ${item.status}; only versions the legal office approved are published.`,
          { code, version, status: item.status },
        );
      }
      const current = await tx.findOne(
        Item,
        { code, status: ItemStatus.PUBLISHED },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (current) {
        current.status = ItemStatus.SUPERSEDED;
        await tx.flush();
      }
      item.status = ItemStatus.PUBLISHED;
      item.publishedBy = identity.subject;
      item.publishedAt = clock.now();
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.item.published',
        key: code,
        payload: await itemPublishedPayload(tx, item),
      });
      return item;
    });
  }
}
