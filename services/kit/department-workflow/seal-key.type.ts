import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: "The public half of a department's approval seal." })
export class DepartmentSealKey {
  @Field(() => ID, { description: 'Id of the key; licences name the key that sealed them.' })
  id!: string;

  @Field({ description: 'Signature algorithm: `Ed25519`.' })
  algorithm!: string;

  @Field({ description: 'Public key, base64 SPKI DER.' })
  publicKey!: string;

  @Field({ description: 'When the key was generated.' })
  createdAt!: Date;
}
