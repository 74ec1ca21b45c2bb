import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The center owns departments; materials only names them by code and lets the gateway join. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Department', {
  description: 'A government department that approves items at the service center.',
})
export class DepartmentReference {
  @Field(() => ID, { description: 'Short code of the department, e.g. `DRC`; stable forever.' })
  code!: string;
}
