import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { LockMode } from '@mikro-orm/postgresql';
import {
  ConnectionType,
  DomainError,
  PageArgs,
  Role,
  StaffErrorCode,
  badInput,
  conflict,
  isValidIsoDate,
  notFound,
  paginate,
  periodsOverlap,
  publishEvent,
  staffTopics,
  type RepresentativeAuthorizedPayload,
  type RepresentativeRevokedPayload,
  type RequestContext,
  isUuid,
  orderedInstant,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { lockDepartment } from '../department/lock-department';
import { Item } from '../item/item.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffDuty } from '../staff/staff-duty';
import { staffBySubject } from '../staff/staff.loader';
import { ChiefRepresentative } from './chief-representative.entity';

export const ChiefRepresentativeConnection = ConnectionType(
  ChiefRepresentative,
  'chief representative authorization',
);

@InputType({ description: 'The authorization of a chief representative.' })
export class AuthorizeChiefRepresentativeInput {
  @Field({ description: 'Registered staff of the department, with duty CHIEF_REPRESENTATIVE.' })
  subject!: string;

  @Field({ description: 'The department.' })
  departmentCode!: string;

  @Field({ description: 'Whether it covers every item of the department.' })
  scopeAll!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Items covered, when not all.' })
  itemCodes!: string[];

  @Field({ description: 'First day of validity (ISO date).' })
  validFrom!: string;

  @Field({ description: 'Last day of validity (ISO date).' })
  validTo!: string;

  @Field({ description: 'Number of the authorization document.' })
  documentNumber!: string;
}

@Resolver(() => ChiefRepresentative)
export class ChiefRepresentativeResolver {
  @Query(() => ChiefRepresentativeConnection, {
    description: 'Chief representative authorizations, newest first.',
  })
  chiefRepresentatives(
    @Args() page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Ctx() { em }: RequestContext,
  ) {
    return paginate(em, ChiefRepresentative, departmentCode ? { departmentCode } : {}, page, {
      createdAt: 'desc',
      id: 'desc',
    });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => ChiefRepresentative, {
    description:
      'Records the authorization of a chief representative; a department has at most one in force at any time.',
  })
  authorizeChiefRepresentative(
    @Arg('input', () => AuthorizeChiefRepresentativeInput, { description: 'The authorization.' })
    input: AuthorizeChiefRepresentativeInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<ChiefRepresentative> {
    if (!isValidIsoDate(input.validFrom) || !isValidIsoDate(input.validTo)) {
      throw badInput('validFrom and validTo are dates (YYYY-MM-DD).');
    }
    if (input.validTo < input.validFrom) throw badInput('validTo is not before validFrom.');
    const itemCodes = [...new Set(input.itemCodes)];
    if (input.scopeAll === itemCodes.length > 0) {
      throw badInput('Either cover all items, or list the items covered.');
    }
    if (!input.documentNumber.trim()) throw badInput('Give the authorization document number.');
    return em.transactional(async (tx) => {
      await lockDepartment(tx, input.departmentCode);
      const staff = await tx.findOne(StaffMember, { subject: input.subject });
      if (
        !staff ||
        staff.departmentCode !== input.departmentCode ||
        staff.duty !== StaffDuty.CHIEF_REPRESENTATIVE
      ) {
        throw new DomainError(
          StaffErrorCode.NotRegisteredStaff,
          `${input.subject} is not registered as chief representative of ${input.departmentCode}.`,
        );
      }
      if (itemCodes.length > 0) {
        const items = await tx.find(Item, {
          code: { $in: itemCodes },
          departmentCode: input.departmentCode,
        });
        const unknown = itemCodes.filter((code) => !items.some((item) => item.code === code));
        if (unknown.length > 0) {
          throw badInput(`Items ${unknown.join(', ')} are not items of ${input.departmentCode}.`);
        }
      }
      const others = await tx.find(ChiefRepresentative, {
        departmentCode: input.departmentCode,
        revokedAt: null,
      });
      const clash = others.find((other) => periodsOverlap(other, input));
      if (clash) {
        throw new DomainError(
          'CHIEF_REPRESENTATIVE_ALREADY_ACTIVE',
          `${input.departmentCode} already has a chief representative from ${clash.validFrom} to ${clash.validTo}; revoke that authorization first.`,
          { id: clash.id, subject: clash.subject },
        );
      }
      if (await tx.findOne(ChiefRepresentative, { documentNumber: input.documentNumber })) {
        throw conflict(`Authorization document ${input.documentNumber} is already recorded.`);
      }
      const rep = tx.create(ChiefRepresentative, {
        ...input,
        itemCodes,
        authorizedBy: identity.subject!,
        createdAt: new Date(),
      } as never);
      await tx.flush();
      const payload: RepresentativeAuthorizedPayload = {
        id: rep.id,
        subject: rep.subject,
        departmentCode: rep.departmentCode,
        scopeAll: rep.scopeAll,
        itemCodes: rep.itemCodes,
        validFrom: rep.validFrom,
        validTo: rep.validTo,
        documentNumber: rep.documentNumber,
      };
      await publishEvent(tx, {
        topic: staffTopics.representativeAuthorized,
        key: rep.departmentCode,
        payload,
      });
      return rep;
    });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => ChiefRepresentative, {
    description: 'Revokes a chief representative authorization.',
  })
  revokeChiefRepresentative(
    @Arg('id', () => ID, { description: 'Id of the authorization.' }) id: string,
    @Arg('reason', { description: 'Why.' }) reason: string,
    @Ctx() { em }: RequestContext,
  ): Promise<ChiefRepresentative> {
    if (!reason.trim()) throw badInput('Say why the authorization is revoked.');
    if (!isUuid(id)) throw notFound('Chief representative authorization', id);
    return em.transactional(async (tx) => {
      const rep = await tx.findOne(
        ChiefRepresentative,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!rep) throw notFound('Chief representative authorization', id);
      if (rep.revokedAt) {
        throw new DomainError(
          'AUTHORIZATION_ALREADY_REVOKED',
          `Authorization ${id} is already revoked.`,
        );
      }
      rep.revokedAt = await orderedInstant(tx);
      rep.revokeReason = reason.trim();
      await tx.flush();
      const payload: RepresentativeRevokedPayload = {
        id,
        subject: rep.subject,
        departmentCode: rep.departmentCode,
        revokedAt: rep.revokedAt.toISOString(),
        reason: rep.revokeReason,
      };
      await publishEvent(tx, {
        topic: staffTopics.representativeRevoked,
        key: rep.departmentCode,
        payload,
      });
      return rep;
    });
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'The person authorized.' })
  person(@Root() rep: ChiefRepresentative, @Ctx() context: RequestContext) {
    return staffBySubject(context).load(rep.subject);
  }

  @FieldResolver(() => Department, { description: 'The department.' })
  department(@Root() rep: ChiefRepresentative, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(rep.departmentCode);
  }
}
