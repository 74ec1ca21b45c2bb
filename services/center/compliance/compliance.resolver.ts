import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role, type RequestContext } from '../../kit';
import { ComplianceReport } from './compliance-report';
import { inspectDepartment } from './inspect-department';

@Resolver()
export class ComplianceResolver {
  @Authorized(Role.CENTER_ADMIN, Role.SUPERVISOR, Role.COORDINATOR)
  @Query(() => ComplianceReport, {
    description: 'The reform inspection and acceptance report of one department, as of today.',
  })
  complianceReport(
    @Arg('departmentCode', () => ID, { description: 'The department.' }) departmentCode: string,
    @Ctx() { em }: RequestContext,
  ): Promise<ComplianceReport> {
    return inspectDepartment(em, departmentCode);
  }
}
