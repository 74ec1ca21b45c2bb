import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kit';
import { canonicalJson, verifyLicenceSignature } from '../../kit/seal';
import { DepartmentReference } from '../case/department-reference';
import { Licence } from './licence.entity';
import { sealKeyById } from './licence.loader';

@Resolver(() => Licence)
export class LicenceResolver {
  @Query(() => Licence, {
    nullable: true,
    description:
      'Public: a delivered licence by its serial, with its content and whether its seal verifies. Null when no delivered licence has that serial.',
  })
  licence(
    @Arg('serial', { description: 'Serial number printed on the licence.' }) serial: string,
    @Ctx() { em }: RequestContext,
  ) {
    return em.findOne(Licence, { serial, deliveredAt: { $ne: null } });
  }

  @FieldResolver(() => DepartmentReference, { description: 'The department that signed it.' })
  department(@Root() licence: Licence): DepartmentReference {
    return { code: licence.departmentCode };
  }

  @FieldResolver(() => String, {
    description: 'The signed content, as canonical JSON (keys sorted, no whitespace).',
  })
  content(@Root() licence: Licence): string {
    return canonicalJson(licence.content);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the seal signature verifies over the content with the signing department's public seal key, and that seal had not been revoked by the center when the licence was issued.",
  })
  async signatureValid(@Root() licence: Licence, @Ctx() context: RequestContext): Promise<boolean> {
    const key = await sealKeyById(context).load(licence.sealKeyId);
    if (!key || key.departmentCode !== licence.departmentCode) return false;
    // The join refuses any sign-off ordered after a revocation, and revocations read their instant
    // only once ordered: a licence that stands was sealed strictly before its seal was revoked.
    if (key.revokedAt && key.revokedAt < licence.issuedAt) return false;
    return verifyLicenceSignature(licence.content, licence.signature, key.publicKey);
  }
}
