import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import type { DepartmentTask } from './department-task.entity';
import type { ReviewField } from './department';

/**
 * Puts a department's own fields on its review type. The fields are data, not code the department
 * writes against the kit's types, so the department never needs the type before it exists.
 */
export function reviewFieldsResolver(review: new () => DepartmentTask, fields: ReviewField[]) {
  class ReviewFields {}
  const prototype = ReviewFields.prototype as Record<string, unknown>;
  for (const field of fields) {
    prototype[field.name] = (root: DepartmentTask, context: RequestContext) =>
      field.resolve(root, context);
    Root()(prototype, field.name, 0);
    Ctx()(prototype, field.name, 1);
    FieldResolver(field.type as never, {
      nullable: field.nullable,
      description: field.description,
    })(prototype, field.name, Object.getOwnPropertyDescriptor(prototype, field.name)!);
  }
  Resolver(() => review)(ReviewFields);
  return ReviewFields;
}
