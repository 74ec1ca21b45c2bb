import type { GraphQLAbstractType, GraphQLResolveInfo } from 'graphql';
import { Field, InterfaceType } from 'type-graphql';
import { DepartmentTask } from './department-task.entity';
import { DepartmentTaskStep } from './task-step.entity';
import { DepartmentLicence } from './department-licence.entity';

/** One text for both declarations, so the composed description never depends on which wins. */
export const departmentReviewDescription =
  "A department's review of its task in a joint approval: the fields every department shares. Select them once with `... on DepartmentReview`; each department's type (`DrcReview`, ...) adds its own.";

/**
 * The department side of the `DepartmentReview` entity interface. Each department subgraph serves
 * exactly one implementation (its `<Code>Review`), so the type of any value is that one; the
 * approvals subgraph declares the interface's key and all five implementations (see
 * `review-reference.ts` and docs/joint-approval.md).
 */
@InterfaceType('DepartmentReview', {
  description: departmentReviewDescription,
  // Five departments' types implement this class; each subgraph must serve its own only.
  autoRegisterImplementations: false,
  resolveType: (_value: unknown, _context: unknown, info: GraphQLResolveInfo, type: unknown) =>
    info.schema.getPossibleTypes(type as GraphQLAbstractType)[0]?.name,
})
export abstract class DepartmentReview extends DepartmentTask {
  @Field(() => [DepartmentTaskStep], { description: 'Every step of the task, in order.' })
  timeline!: DepartmentTaskStep[];

  @Field(() => DepartmentLicence, {
    nullable: true,
    description: 'The sealed licence, once the chief representative signed.',
  })
  licence!: DepartmentLicence | null;
}
