import { Directive, Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { departmentReviewDescription } from './department-review.interface';
import { reviewTypeName } from './department';

/** What the approvals subgraph knows of a department's review: its id and whose it is. */
export interface DepartmentReviewKey {
  id: string;
  departmentCode: string;
}

/**
 * The approvals subgraph's side of the `DepartmentReview` entity interface. Federation asks the
 * subgraph that declares an interface's `@key` to declare every implementation too, and only
 * the approvals subgraph knows which department a task belongs to; so it declares the interface
 * and each department's `<Code>Review` by key alone, and each department subgraph resolves the
 * fields of its own type.
 */
export function departmentReviewReferences(departmentCodes: readonly string[]) {
  @Directive('@key(fields: "id")')
  @InterfaceType('DepartmentReview', {
    description: departmentReviewDescription,
    autoRegisterImplementations: false,
    resolveType: (review: DepartmentReviewKey) => reviewTypeName(review.departmentCode),
  })
  abstract class DepartmentReviewReference implements DepartmentReviewKey {
    @Field(() => ID, { description: "Id of the task: the same as the joint approval's task." })
    id!: string;

    departmentCode!: string;
  }

  const implementations = departmentCodes.map((code) => {
    @Directive('@key(fields: "id")')
    @ObjectType(reviewTypeName(code), { implements: DepartmentReviewReference })
    class Implementation extends DepartmentReviewReference {}
    return Implementation;
  });
  return { DepartmentReviewReference, implementations };
}
