import { Field, Int, ObjectType } from 'type-graphql';
import { WarningLevel } from '../clock/warning-level';
import { CaseStatus } from '../../kit';

@ObjectType({ description: 'How many cases have one status.' })
export class StatusCount {
  @Field(() => CaseStatus, { description: 'The status.' })
  status!: CaseStatus;

  @Field(() => Int, { description: 'How many cases have it.' })
  count!: number;
}

@ObjectType({ description: 'How many cases in progress are at one warning level.' })
export class LevelCount {
  @Field(() => WarningLevel, { description: 'The level.' })
  level!: WarningLevel;

  @Field(() => Int, { description: 'How many cases in progress are at it.' })
  count!: number;
}

@ObjectType({ description: "A department's open work and how late it runs." })
export class DepartmentLoad {
  @Field({ description: 'Department code.' })
  departmentCode!: string;

  @Field(() => Int, { description: 'Open tasks.' })
  openTasks!: number;

  @Field(() => Int, { description: 'Open tasks at yellow.' })
  yellowTasks!: number;

  @Field(() => Int, { description: 'Open tasks at red (overdue).' })
  redTasks!: number;

  @Field(() => Int, { description: 'Open tasks waiting for a supplement.' })
  pausedTasks!: number;
}

@ObjectType({ description: 'The coordinator board at a glance.' })
export class BoardSummary {
  @Field(() => [StatusCount], { description: 'Cases by status (every status listed).' })
  byStatus!: StatusCount[];

  @Field(() => [LevelCount], { description: 'Cases in progress by warning level.' })
  byLevel!: LevelCount[];

  @Field(() => [DepartmentLoad], {
    description:
      'Bottlenecks: departments with open tasks, most red first, then most yellow, then most open.',
  })
  bottlenecks!: DepartmentLoad[];
}
