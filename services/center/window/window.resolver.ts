import {
  Args,
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, Role, paginate, type RequestContext } from '../../kit';
import { Department } from '../department/department.entity';
import { departmentByCode } from '../department/department.loader';
import { createWindow } from './create-window';
import { ServiceWindow } from './window.entity';
import { CreateWindowInput } from './window.input';
import { WindowShare } from './window-share';

export const WindowConnection = ConnectionType(ServiceWindow, 'window');

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
  createWindow(
    @Arg('input', () => CreateWindowInput, { description: 'The window.' })
    input: CreateWindowInput,
    @Ctx() { em }: RequestContext,
  ): Promise<ServiceWindow> {
    return createWindow(em, input);
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
