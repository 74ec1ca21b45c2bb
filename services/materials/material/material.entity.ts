import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MaterialSource } from './material-source';
import { MaterialStatus } from './material-status';
import { LicenceProvenance } from './licence-provenance';

/**
 * One version of an applicant's file for a material type. A new version supersedes the current
 * one; old versions are kept, so every review and every department read stays traceable.
 */
@ObjectType({
  description:
    "One version of an applicant's file for a material type; a newer version supersedes it.",
})
@Entity({ tableName: 'material' })
export class Material {
  @Field(() => ID, { description: 'Opaque id of this material version.' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  applicantId!: string;

  @Property({ type: 'string' })
  materialTypeCode!: string;

  @Field(() => Int, { description: "Version number within the applicant's material type, from 1." })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => MaterialSource, { description: 'Uploaded, or an electronic licence.' })
  @Enum({ items: () => MaterialSource, nativeEnumName: 'material_source' })
  source!: MaterialSource;

  @Field(() => MaterialStatus, { description: 'Outcome of the one-time review.' })
  @Enum({ items: () => MaterialStatus, nativeEnumName: 'material_status' })
  status!: MaterialStatus;

  @Field(() => String, { nullable: true, description: 'File name as uploaded; null for licences.' })
  @Property({ type: 'string', nullable: true })
  fileName: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Content type of the file, e.g. `application/pdf`; null for licences.',
  })
  @Property({ type: 'string', nullable: true })
  contentType: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Size of the file in bytes; null for licences.',
  })
  @Property({ type: 'integer', nullable: true })
  byteSize: number | null = null;

  @Field({ description: 'SHA-256 of the content, lower-case hex.' })
  @Property({ type: 'string' })
  sha256!: string;

  /** Where the content store keeps the bytes; null for licences, whose file is not held here. */
  @Property({ type: 'string', nullable: true })
  contentKey: string | null = null;

  @Property({ type: 'string' })
  submittedBy!: string;

  @Field({ description: 'When this version was uploaded or issued.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  submittedAt: Date = clock.now();

  @Field(() => Date, {
    nullable: true,
    description:
      'End of validity once verified; null while unreviewed or for types that never expire.',
  })
  @Property({ type: 'Date', nullable: true })
  validUntil: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a newer version replaced this one; null for the current version.',
  })
  @Property({ type: 'Date', nullable: true })
  supersededAt: Date | null = null;

  @Property({ type: 'string', nullable: true, unique: true })
  licenceId: string | null = null;

  @Property({ type: 'string', nullable: true })
  licenceSerial: string | null = null;

  @Property({ type: 'string', nullable: true })
  licenceCaseId: string | null = null;

  @Property({ type: 'string', nullable: true })
  licenceDepartmentCode: string | null = null;

  @Property({ type: 'Date', nullable: true })
  licenceIssuedAt: Date | null = null;

  /** A verified, current, unexpired version is what every department reuses. */
  isUsableAt(now: Date): boolean {
    return (
      this.status === MaterialStatus.VERIFIED &&
      this.supersededAt === null &&
      !this.isExpiredAt(now)
    );
  }

  isExpiredAt(now: Date): boolean {
    return this.validUntil !== null && this.validUntil.getTime() <= now.getTime();
  }

  @Field({ description: 'Whether this is the current version (not superseded).' })
  current(): boolean {
    return this.supersededAt === null;
  }

  @Field({ description: 'Whether the validity of this version has run out.' })
  expired(): boolean {
    return this.isExpiredAt(clock.now());
  }

  @Field(() => LicenceProvenance, {
    nullable: true,
    description: 'For an electronic licence: which case and department issued it.',
  })
  licence(): LicenceProvenance | null {
    if (this.licenceId === null) return null;
    return {
      licenceId: this.licenceId,
      serial: this.licenceSerial!,
      caseId: this.licenceCaseId!,
      issuingDepartment: { code: this.licenceDepartmentCode! },
      issuedAt: this.licenceIssuedAt!,
    };
  }
}
