import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An approval seal to register.' })
export class RegisterSealInput {
  @Field({ description: 'The department the seal belongs to.' })
  departmentCode!: string;

  @Field({ description: 'Name engraved on the seal.' })
  name!: string;

  @Field({
    description: 'Public verification key (SPKI, PEM or base64 DER); never the private key.',
  })
  publicKey!: string;
}
