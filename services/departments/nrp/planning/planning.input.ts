import { Field, InputType } from 'type-graphql';
import { NrpLandUseCategory } from './land-use-category';

@InputType({ description: 'The planning conditions an NRP reviewer records on a task.' })
export class NrpPlanningInput {
  @Field({ description: 'Area of the plot in square metres, as decimal text, e.g. `24000.00`.' })
  landArea!: string;

  @Field({ description: 'Plot ratio, as decimal text, e.g. `1.80`; at most 20.' })
  plotRatio!: string;

  @Field(() => NrpLandUseCategory, { description: 'What the plot may be used for.' })
  landUseCategory!: NrpLandUseCategory;
}
