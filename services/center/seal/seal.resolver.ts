import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, Role, paginate, type RequestContext } from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { registerSeal } from './register-seal';
import { revokeSeal } from './revoke-seal';
import { Seal } from './seal.entity';
import { RegisterSealInput } from './seal.input';

export const SealConnection = ConnectionType(Seal, 'approval seal');

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
    return registerSeal(em, identity, input);
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Seal, { description: 'Revokes an approval seal.' })
  revokeSeal(
    @Arg('id', () => ID, { description: 'Id of the seal.' }) id: string,
    @Arg('reason', { description: 'Why.' }) reason: string,
    @Ctx() { em }: RequestContext,
  ): Promise<Seal> {
    return revokeSeal(em, id, reason);
  }

  @FieldResolver(() => Department, { description: 'The department the seal belongs to.' })
  department(@Root() seal: Seal, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(seal.departmentCode);
  }
}
