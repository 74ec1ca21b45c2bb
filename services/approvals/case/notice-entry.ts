import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One line of the one notice of a returned case.' })
export class NoticeEntry {
  @Field(() => ID, { description: 'Code of the material type concerned.' })
  materialTypeCode!: string;

  @Field({
    description: 'Where the material stood: `MISSING`, `PENDING`, `REJECTED` or `EXPIRED`.',
  })
  state!: string;

  @Field(() => [String], { description: 'What is wrong or missing, in words.' })
  problems!: string[];
}
