import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseItem } from './case-item';
import { DepartmentReference } from './department-reference';

@Resolver(() => CaseItem)
export class CaseItemResolver {
  @FieldResolver(() => DepartmentReference, {
    description: 'The department that decides the item.',
  })
  department(@Root() item: CaseItem): DepartmentReference {
    return { code: item.departmentCode };
  }
}
