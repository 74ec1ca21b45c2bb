import { CalendarDate } from '../../kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The authorization of a chief representative.' })
export class AuthorizeChiefRepresentativeInput {
  @Field({ description: 'Registered staff of the department, with duty CHIEF_REPRESENTATIVE.' })
  subject!: string;

  @Field({ description: 'The department.' })
  departmentCode!: string;

  @Field({ description: 'Whether it covers every item of the department.' })
  scopeAll!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Items covered, when not all.' })
  itemCodes!: string[];

  @Field(() => CalendarDate, { description: 'First day of validity (ISO date).' })
  validFrom!: string;

  @Field(() => CalendarDate, { description: 'Last day of validity (ISO date).' })
  validTo!: string;

  @Field({ description: 'Number of the authorization document.' })
  documentNumber!: string;
}
