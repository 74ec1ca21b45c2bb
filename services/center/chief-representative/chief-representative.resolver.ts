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
import {
  ConnectionType,
  PageArgs,
  Role,
  paginate,
  staffRoles,
  type RequestContext,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { StaffMember } from '../staff/staff-member.entity';
import { staffBySubject } from '../staff/staff.loader';
import { authorizeChiefRepresentative } from './authorize-chief-representative';
import { ChiefRepresentative } from './chief-representative.entity';
import { AuthorizeChiefRepresentativeInput } from './chief-representative.input';
import { revokeChiefRepresentative } from './revoke-chief-representative';

export const ChiefRepresentativeConnection = ConnectionType(
  ChiefRepresentative,
  'chief representative authorization',
);

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
    return authorizeChiefRepresentative(em, identity, input);
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
    return revokeChiefRepresentative(em, id, reason);
  }

  @Authorized(...staffRoles)
  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: 'The person authorized (for people working in the hub, not applicants).',
  })
  person(@Root() rep: ChiefRepresentative, @Ctx() context: RequestContext) {
    return staffBySubject(context).load(rep.subject);
  }

  @FieldResolver(() => Department, { description: 'The department.' })
  department(@Root() rep: ChiefRepresentative, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(rep.departmentCode);
  }
}
