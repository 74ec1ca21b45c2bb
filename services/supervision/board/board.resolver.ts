import { CaseStatus, type RequestContext, sql } from '../../kit';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { watchers } from '../access';
import { WarningLevel } from '../clock/warning-level';
import { BoardSummary, DepartmentLoad } from './board-summary';
import { tallyBy } from './case-tally';

@Resolver()
export class BoardResolver {
  @Authorized(...watchers)
  @Query(() => BoardSummary, {
    description: 'Counts for the coordinator board: status, warning level and bottlenecks.',
  })
  async caseBoard(@Ctx() { em }: RequestContext): Promise<BoardSummary> {
    const statuses = await tallyBy(em, 'status');
    const levels = await tallyBy(em, 'level', { status: CaseStatus.IN_PROGRESS });
    const departments = await sql<DepartmentLoad>(
      em,
      `select department_code as "departmentCode", count(*)::int as "openTasks",
              count(*) filter (where level = 'YELLOW')::int as "yellowTasks",
              count(*) filter (where level = 'RED')::int as "redTasks",
              count(*) filter (where paused_since is not null)::int as "pausedTasks"
         from supervised_task where closed_on is null
        group by department_code
        order by "redTasks" desc, "yellowTasks" desc, "openTasks" desc, department_code`,
    );
    const countOf = <K extends string>(rows: { count: number }[], key: (row: any) => K, value: K) =>
      rows.find((row) => key(row) === value)?.count ?? 0;
    return {
      byStatus: Object.values(CaseStatus).map((status) => ({
        status,
        count: countOf(statuses, (row) => row.status, status),
      })),
      byLevel: Object.values(WarningLevel).map((level) => ({
        level,
        count: countOf(levels, (row) => row.level, level),
      })),
      bottlenecks: departments,
    };
  }
}
