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
  clock,
  ConnectionType,
  DomainError,
  PageArgs,
  Role,
  badInput,
  notFound,
  paginate,
  publishEvent,
  type RequestContext,
  isUuid,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { lockDepartment } from '../department/lock-department';
import { Seal } from './seal.entity';
import { SealStatus } from './seal-status';
import { readSealPublicKey } from './public-key';
import { sealRegisteredPayload, sealRevokedPayload } from './seal-events';

export const SealConnection = ConnectionType(Seal, 'approval seal');

@InputType({ description: 'An approval seal to register.' })
export class RegisterSealInput {
  @Field({ description: 'The department the seal belongs to.' })
  departmentCode!: string;

  @Field({ description: 'Name engraved on the seal.' })
  name!: string;

  @Field({
    description: 'Public verification key (SPKI, PEM or base64 DER); never the private key.',
  })
  publicKey!: string;
}

@Resolver(() => Seal)
export class SealResolver {
  @Query(() => SealConnection, { description: 'Registered approval seals, newest first.' })
  seals(
    @Args() page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Ctx() { em }: RequestContext,
  ) {
    return paginate(em, Seal, departmentCode ? { departmentCode } : {}, page, {
      registeredAt: 'desc',
      id: 'desc',
    });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Seal, {
    description:
      "Registers a department's approval seal by its public key; a department has one active seal.",
  })
  registerSeal(
    @Arg('input', () => RegisterSealInput, { description: 'The seal.' }) input: RegisterSealInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<Seal> {
    const { publicKey, fingerprint } = readSealPublicKey(input.publicKey);
    if (!input.name.trim()) throw badInput('A seal has a name.');
    return em.transactional(async (tx) => {
      await lockDepartment(tx, input.departmentCode);
      const active = await tx.findOne(Seal, {
        departmentCode: input.departmentCode,
        status: SealStatus.ACTIVE,
      });
      if (active) {
        throw new DomainError(
          'SEAL_ALREADY_ACTIVE',
          `${input.departmentCode} already has an active approval seal; revoke it first.`,
          { id: active.id },
        );
      }
      const seal = tx.create(Seal, {
        departmentCode: input.departmentCode,
        name: input.name.trim(),
        publicKey,
        keyFingerprint: fingerprint,
        status: SealStatus.ACTIVE,
        registeredBy: identity.subject!,
        registeredAt: clock.now(),
      } as never);
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.seal.registered',
        key: seal.departmentCode,
        payload: sealRegisteredPayload(seal),
      });
      return seal;
    });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Seal, { description: 'Revokes an approval seal.' })
  revokeSeal(
    @Arg('id', () => ID, { description: 'Id of the seal.' }) id: string,
    @Arg('reason', { description: 'Why.' }) reason: string,
    @Ctx() { em }: RequestContext,
  ): Promise<Seal> {
    if (!reason.trim()) throw badInput('Say why the seal is revoked.');
    if (!isUuid(id)) throw notFound('Seal', id);
    return em.transactional(async (tx) => {
      const seal = await tx.findOne(Seal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!seal) throw notFound('Seal', id);
      if (seal.status === SealStatus.REVOKED) {
        throw new DomainError('SEAL_ALREADY_REVOKED', `Seal ${id} is already revoked.`);
      }
      seal.status = SealStatus.REVOKED;
      seal.revokedAt = clock.now();
      seal.revokeReason = reason.trim();
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.seal.revoked',
        key: seal.departmentCode,
        payload: sealRevokedPayload(seal),
      });
      return seal;
    });
  }

  @FieldResolver(() => Department, { description: 'The department the seal belongs to.' })
  department(@Root() seal: Seal, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(seal.departmentCode);
  }
}
