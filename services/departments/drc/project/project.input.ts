import { Field, InputType } from 'type-graphql';
import { DrcProcedure } from './project-procedure';

@InputType({ description: 'The investment project a DRC reviewer records on a task.' })
export class DrcProjectInput {
  @Field({ description: 'National investment project code, e.g. `2026-330100-44-01-000123`.' })
  projectCode!: string;

  @Field({ description: 'Total investment in ten thousand yuan, as decimal text, e.g. `1200.50`.' })
  totalInvestment!: string;

  @Field(() => DrcProcedure, { description: 'Whether the project is filed or approved.' })
  procedure!: DrcProcedure;
}
