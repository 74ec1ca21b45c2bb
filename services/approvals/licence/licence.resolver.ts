import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { clock, type RequestContext, canonicalJson, verifyLicenceSignature } from '../../kit';
import { DepartmentReference } from '../case/department-reference';
import { Licence } from './licence.entity';
import { sealKeyById } from './licence.loader';
import { LicenceVerification, type LicensedItem } from './licence-verification';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

async function signatureVerifies(licence: Licence, context: RequestContext): Promise<boolean> {
  const key = await sealKeyById(context).load(licence.sealKeyId);
  if (!key || key.departmentCode !== licence.departmentCode) return false;
  // No instant is compared with the revocation's: the join stores a licence only when its
  // sign-off was ordered before every revocation of its key (a later one is refused and never
  // stored), so every licence here was sealed while its seal was live, in the hub's event order.
  // Instants could disagree with that order only for a revocation and a sign-off whose
  // transactions overlapped; the order decides, and this field agrees with the join.
  return verifyLicenceSignature(licence.content, licence.signature, key.publicKey);
}

/** Items as the signed content lists them, else the one the licence row names. */
function licensedItems(licence: Licence, content: Record<string, unknown>): LicensedItem[] {
  const listed = Array.isArray(content.items) ? (content.items as Record<string, unknown>[]) : [];
  const items = listed
    .filter((item) => item && typeof item.code === 'string')
    .map((item) => ({
      code: item.code as string,
      version: Number.isInteger(item.version) ? (item.version as number) : licence.itemVersion,
      name: text(item.name),
    }));
  return items.length
    ? items
    : [{ code: licence.itemCode, version: licence.itemVersion, name: null }];
}

@Resolver(() => Licence)
export class LicenceResolver {
  @Query(() => LicenceVerification, {
    nullable: true,
    description:
      'Public: checks a delivered licence by the serial printed on it: its holder, items, issuing department, dates, and whether it is genuine and in force. Null when no delivered licence has that serial. Serials are random, so none can be found from another; the applicant and staff read the whole licence on the case or task.',
  })
  async licence(
    @Arg('serial', { description: 'Serial printed on the licence.' }) serial: string,
    @Ctx() context: RequestContext,
  ): Promise<LicenceVerification | null> {
    const licence = await context.em.findOne(Licence, { serial, deliveredAt: { $ne: null } });
    if (!licence) return null;
    const content = (licence.content ?? {}) as Record<string, unknown>;
    const signatureValid = await signatureVerifies(licence, context);
    const expired = licence.validUntil !== null && licence.validUntil <= clock.now();
    return {
      serial: licence.serial,
      title: text(content.title),
      holderName: text(content.holderName),
      items: licensedItems(licence, content),
      department: { code: licence.departmentCode },
      departmentName: text(content.departmentName),
      issuedAt: licence.issuedAt,
      validUntil: licence.validUntil,
      signatureValid,
      expired,
      valid: signatureValid && !expired,
    };
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
  signatureValid(@Root() licence: Licence, @Ctx() context: RequestContext): Promise<boolean> {
    return signatureVerifies(licence, context);
  }
}
