import {
  Args,
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  clock,
  ConnectionType,
  DomainError,
  PageArgs,
  Role,
  conflict,
  notFound,
  paginate,
  type RequestContext,
} from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { ServiceWindow } from './window.entity';
import { WindowKind } from './window-kind';
import { WindowShare, WindowShareInput } from './window-share';

export const WindowConnection = ConnectionType(ServiceWindow, 'window');

@InputType({ description: 'A new window of the service center.' })
export class CreateWindowInput {
  @Field(() => Int, { description: 'Number shown above the window.' })
  number!: number;

  @Field({ description: 'Name of the window.' })
  name!: string;

  @Field(() => WindowKind, { description: 'Whether it serves one department or several.' })
  kind!: WindowKind;

  @Field(() => String, {
    nullable: true,
    description: 'The department a DEPARTMENT window is assigned to.',
  })
  departmentCode?: string | null;

  @Field(() => [WindowShareInput], {
    nullable: true,
    description: 'Which department staffs a COMPREHENSIVE window on which days.',
  })
  shares?: WindowShareInput[] | null;
}

@Resolver(() => ServiceWindow)
export class WindowResolver {
  @Query(() => WindowConnection, { description: 'The windows of the service center, by number.' })
  windows(@Args() page: PageArgs, @Ctx() { em }: RequestContext) {
    return paginate(em, ServiceWindow, {}, page, { number: 'asc' });
  }

  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => ServiceWindow, {
    description:
      'Sets up a window: assigned to one department, or comprehensive and shared on set days.',
  })
  async createWindow(
    @Arg('input', () => CreateWindowInput, { description: 'The window.' })
    input: CreateWindowInput,
    @Ctx() { em }: RequestContext,
  ): Promise<ServiceWindow> {
    const shares = input.shares ?? [];
    const assignmentIsValid =
      input.kind === WindowKind.DEPARTMENT
        ? Boolean(input.departmentCode) && shares.length === 0
        : !input.departmentCode &&
          shares.length > 0 &&
          shares.every((share) => share.weekdays.length > 0) &&
          new Set(shares.map((share) => share.departmentCode)).size === shares.length;
    if (!assignmentIsValid) {
      throw new DomainError(
        'WINDOW_ASSIGNMENT_INVALID',
        'A department window names one department and no shares; a comprehensive window names no department and each sharing department once, with its days.',
      );
    }
    if (!Number.isInteger(input.number) || input.number < 1) {
      throw new DomainError('BAD_USER_INPUT', 'A window number is a positive whole number.');
    }
    const codes = input.departmentCode
      ? [input.departmentCode]
      : shares.map((share) => share.departmentCode);
    const known = await em.find(Department, { code: { $in: codes } });
    const unknown = codes.find((code) => !known.some((department) => department.code === code));
    if (unknown) throw notFound('Department', unknown);
    if (await em.findOne(ServiceWindow, { number: input.number })) {
      throw conflict(`Window ${input.number} already exists.`, { number: input.number });
    }
    const window = em.create(ServiceWindow, {
      number: input.number,
      name: input.name,
      kind: input.kind,
      departmentCode: input.departmentCode ?? null,
      shares: shares.map((share) => ({
        departmentCode: share.departmentCode,
        weekdays: [...new Set(share.weekdays)],
      })),
      createdAt: clock.now(),
    });
    await em.flush();
    return window;
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'The department a DEPARTMENT window is assigned to.',
  })
  department(@Root() window: ServiceWindow, @Ctx() context: RequestContext) {
    return window.departmentCode ? departmentByCode(context).load(window.departmentCode) : null;
  }

  @FieldResolver(() => [WindowShare], {
    description: 'Which department staffs a COMPREHENSIVE window on which days.',
  })
  shares(@Root() window: ServiceWindow): WindowShare[] {
    return window.shares;
  }
}

@Resolver(() => WindowShare)
export class WindowShareResolver {
  @FieldResolver(() => Department, { description: 'The department at the window.' })
  department(@Root() share: WindowShare, @Ctx() context: RequestContext) {
    return departmentByCode(context).load(share.departmentCode);
  }
}
