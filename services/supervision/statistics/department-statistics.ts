import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "One department's record over a period." })
export class DepartmentStatistics {
  @Field({ description: 'Department code.' })
  departmentCode!: string;

  @Field(() => Int, {
    description: 'Cases the department decided (approved or rejected) in the period.',
  })
  casesHandled!: number;

  @Field(() => Int, { description: 'Of those, how many within their time limit.' })
  onTime!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'onTime / casesHandled; null with none handled.',
  })
  onTimeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average working days used per decided case (pauses excluded).',
  })
  averageWorkingDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '90th percentile of working days used: the smallest value at least 90% of decided cases do not exceed.',
  })
  p90WorkingDays!: number | null;

  @Field(() => Int, { description: 'Supplements the department requested in the period.' })
  supplements!: number;

  @Field(() => Int, { description: 'Cases the department rejected in the period.' })
  rejections!: number;

  @Field(() => Int, { description: "Yellow and red cards raised on the department's tasks." })
  warnings!: number;

  @Field(() => Int, { description: 'Violations recorded against the department.' })
  violations!: number;
}
