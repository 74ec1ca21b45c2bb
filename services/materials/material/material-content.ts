import { Field, ObjectType } from 'type-graphql';
import { Material } from './material.entity';

@ObjectType({
  description: "A material version's content, as read by its applicant or a department.",
})
export class MaterialContent {
  @Field(() => Material, { description: 'The material version read.' })
  material!: Material;

  @Field({ description: 'The bytes of the file, base64-encoded.' })
  base64!: string;
}
