import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { badInput, CalendarDate, isValidIsoDate, type RequestContext, sql } from '../../kit';
import { watchers } from '../access';
import { DepartmentStatistics } from './department-statistics';

const statisticsSql = `
  with decided as (
    select department_code,
           count(*)::int as handled,
           count(*) filter (where used_days <= limit_days)::int as on_time,
           avg(used_days)::float as average,
           percentile_disc(0.9) within group (order by used_days) as p90,
           count(*) filter (where status = 'REJECTED')::int as rejections
      from supervised_task
     where status in ('APPROVED', 'REJECTED') and closed_on between ?::date and ?::date
     group by department_code),
  supplements as (
    select department_code, count(*)::int as n from supplement_request
     where requested_on between ?::date and ?::date group by department_code),
  warnings as (
    select department_code, count(*)::int as n from clock_warning
     where department_code is not null and raised_on between ?::date and ?::date
     group by department_code),
  violations as (
    select department_code, count(*)::int as n from violation
     where department_code is not null and detected_on between ?::date and ?::date
     group by department_code),
  departments as (
    select department_code from decided union select department_code from supplements
    union select department_code from warnings union select department_code from violations)
  select d.department_code as "departmentCode",
         coalesce(decided.handled, 0) as "casesHandled",
         coalesce(decided.on_time, 0) as "onTime",
         decided.on_time::float / nullif(decided.handled, 0) as "onTimeRate",
         decided.average as "averageWorkingDays",
         decided.p90 as "p90WorkingDays",
         coalesce(supplements.n, 0) as supplements,
         coalesce(decided.rejections, 0) as rejections,
         coalesce(warnings.n, 0) as warnings,
         coalesce(violations.n, 0) as violations
    from departments d
    left join decided using (department_code)
    left join supplements using (department_code)
    left join warnings using (department_code)
    left join violations using (department_code)
   where (?::text is null or d.department_code = ?::text)
   order by d.department_code`;

@Resolver()
export class StatisticsResolver {
  @Authorized(...watchers)
  @Query(() => [DepartmentStatistics], {
    description:
      'Per department, over a period of days (both included): cases handled, on-time rate, working days, supplements, rejections, warnings and violations. One entry per department with activity.',
  })
  departmentStatistics(
    @Arg('from', () => CalendarDate, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => CalendarDate, { description: 'Last day, YYYY-MM-DD, included.' }) to: string,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only this department.' })
    departmentCode: string | null,
    @Ctx() { em }: RequestContext,
  ): Promise<DepartmentStatistics[]> {
    if (!isValidIsoDate(from) || !isValidIsoDate(to) || to < from) {
      throw badInput('from and to are dates (YYYY-MM-DD) with from on or before to.', { from, to });
    }
    const period = [from, to];
    return sql<DepartmentStatistics>(em, statisticsSql, [
      ...period,
      ...period,
      ...period,
      ...period,
      departmentCode ?? null,
      departmentCode ?? null,
    ]);
  }
}
