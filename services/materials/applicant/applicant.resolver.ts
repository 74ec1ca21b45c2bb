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
  forbidden,
  hasRole,
  paginate,
  type RequestContext,
  isUuid,
  assertRegisteredStaff,
  assertRegisteredStaffOnce,
} from '../../kit';
import { Material } from '../material/material.entity';
import { MaterialConnection } from '../material/material-connection';
import { ContentRead } from '../sharing/content-read.entity';
import { assertMaySeeApplicant, isOwnApplicant, visibleMaterialTypes } from '../sharing/access';
import { Applicant } from './applicant.entity';
import { applicantById } from './applicant.loader';
import { registerApplicant } from './register-applicant';
import { RegisterApplicantInput } from './register-applicant.input';

export const ContentReadConnection = ConnectionType(ContentRead, 'content read');

@Resolver(() => Applicant)
export class ApplicantResolver {
  @Authorized()
  @Query(() => Applicant, {
    nullable: true,
    description: 'One applicant by id; an applicant account sees only its own.',
  })
  async applicant(
    @Arg('id', () => ID, { description: 'Applicant id.' }) id: string,
    @Ctx() context: RequestContext,
  ) {
    assertMaySeeApplicant(context.identity, id);
    await assertRegisteredStaff(context);
    return isUuid(id) ? applicantById(context).load(id) : null;
  }

  @Authorized(Role.APPLICANT)
  @Query(() => Applicant, {
    nullable: true,
    description:
      'The applicant record the signed-in applicant account acts for, or the one it registered online.',
  })
  myApplicant(@Ctx() context: RequestContext) {
    const id = context.identity.applicantId;
    if (id) return isUuid(id) ? applicantById(context).load(id) : null;
    return context.em.findOne(Applicant, { registeredByAccount: context.identity.subject });
  }

  @Authorized(Role.WINDOW_CLERK, Role.CENTER_ADMIN, Role.APPLICANT)
  @Mutation(() => Applicant, {
    description:
      'Registers an applicant, checking its unified social credit code or resident ID number. A window clerk or the center registers anyone; an applicant account registers its own enterprise or person online, once (ALREADY_REGISTERED otherwise).',
  })
  registerApplicant(
    @Arg('input', () => RegisterApplicantInput, { description: 'The new applicant.' })
    input: RegisterApplicantInput,
    @Ctx() context: RequestContext,
  ) {
    return registerApplicant(context, input);
  }

  @FieldResolver(() => MaterialConnection, {
    description:
      "The applicant's material versions, newest first; department staff see only the types their department reviews or has an open task needing.",
  })
  async materials(
    @Root() applicant: Applicant,
    @Args() page: PageArgs,
    @Arg('currentOnly', {
      defaultValue: false,
      description: 'Only current versions, without superseded ones.',
    })
    currentOnly: boolean,
    @Ctx() context: RequestContext,
  ) {
    const visible = await visibleMaterialTypes(context, applicant.id);
    return paginate(
      context.em,
      Material,
      {
        applicantId: applicant.id,
        ...(visible === 'all' ? {} : { materialTypeCode: { $in: visible } }),
        ...(currentOnly ? { supersededAt: null } : {}),
      },
      page,
      { submittedAt: 'desc', id: 'desc' },
    );
  }

  @FieldResolver(() => ContentReadConnection, {
    description:
      "Every read of the applicant's material content by a department, newest first: who, which department, for which case, when.",
  })
  contentReads(
    @Root() applicant: Applicant,
    @Args() page: PageArgs,
    @Ctx() context: RequestContext,
  ) {
    const { identity } = context;
    const auditor = hasRole(identity, Role.SUPERVISOR, Role.COORDINATOR);
    if (!isOwnApplicant(identity, applicant.id) && !auditor) {
      throw forbidden('Only the applicant and the supervision bureau see its sharing log.');
    }
    return paginate(context.em, ContentRead, { applicantId: applicant.id }, page, {
      readAt: 'desc',
      id: 'desc',
    });
  }
}

/**
 * An applicant another subgraph links to (a case's, a department review's), under the rules of
 * the `applicant` query: an applicant account sees only its own, staff only while registered.
 */
export const resolveApplicantReference = async (
  reference: Record<string, unknown>,
  context: RequestContext,
) => {
  const id = String(reference.id);
  assertMaySeeApplicant(context.identity, id);
  await assertRegisteredStaffOnce(context);
  return isUuid(id) ? applicantById(context).load(id) : null;
};
