import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentReference } from '../case/department-reference';

@ObjectType({ description: 'An item a licence was issued under, as printed on it.' })
export class LicensedItem {
  @Field(() => ID, { description: 'Code of the item, e.g. `DRC-001`.' })
  code!: string;

  @Field(() => Int, { description: 'Version of the item.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name of the item.' })
  name!: string | null;
}

@ObjectType({
  description:
    'What anyone holding a licence may check against the hub: who holds it, what it licenses, who issued it, when, and whether it is genuine and in force. Nothing else: no case, task or applicant ids, no signer, no project figures.',
})
export class LicenceVerification {
  @Field({ description: 'Serial printed on the licence.' })
  serial!: string;

  @Field(() => String, { nullable: true, description: 'Title of the licence, e.g. its kind.' })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The holder's name as printed on the licence; null on licences that print none.",
  })
  holderName!: string | null;

  @Field(() => [LicensedItem], { description: 'The items it licenses.' })
  items!: LicensedItem[];

  @Field(() => DepartmentReference, { description: 'The department that issued and sealed it.' })
  department!: DepartmentReference;

  @Field(() => String, {
    nullable: true,
    description: "The issuing department's name as printed on the licence.",
  })
  departmentName!: string | null;

  @Field({ description: 'When the chief representative signed it.' })
  issuedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'End of validity; null when it never expires.',
  })
  validUntil!: Date | null;

  @Field({
    description:
      "Whether the approval seal's signature verifies over the licence as issued, with the issuing department's registered key, not revoked when it was issued.",
  })
  signatureValid!: boolean;

  @Field({ description: 'Whether its validity has ended.' })
  expired!: boolean;

  @Field({
    description: 'Whether the licence is genuine and in force: signature valid, not expired.',
  })
  valid!: boolean;
}
