import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo, type Connection } from '../schema/pagination';
import { DepartmentTaskStep } from './task-step.entity';

// Every department subgraph serves these same types, so they are shareable (the kit's
// ConnectionType is not: its types belong to one subgraph).
@Directive('@shareable')
@ObjectType({ description: "One step of a department's timeline, with its cursor." })
export class DepartmentReviewStepEdge {
  @Field({ description: 'Opaque position of this entry in the list.' })
  cursor!: string;

  @Field(() => DepartmentTaskStep, { description: 'The step.' })
  node!: DepartmentTaskStep;
}

@Directive('@shareable')
@ObjectType({ description: "A page of a department's timeline." })
export class DepartmentReviewStepConnection implements Connection<DepartmentTaskStep> {
  @Field(() => [DepartmentTaskStep], { description: 'The steps on this page, newest first.' })
  nodes!: DepartmentTaskStep[];

  @Field(() => [DepartmentReviewStepEdge], { description: 'The steps with their cursors.' })
  edges!: DepartmentReviewStepEdge[];

  @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many steps the whole list holds.' })
  totalCount!: number;
}
