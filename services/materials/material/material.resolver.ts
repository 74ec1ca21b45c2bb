import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  Role,
  forbidden,
  paginate,
  type RequestContext,
  isUuid,
  assertRegisteredStaff,
} from '../../kit';
import { Applicant } from '../applicant/applicant.entity';
import { applicantById } from '../applicant/applicant.loader';
import { MaterialType } from '../material-type/material-type.entity';
import { materialTypeByCode } from '../material-type/material-type.loader';
import { MaterialReview } from '../review/material-review.entity';
import { reviewByMaterial } from '../review/review.loader';
import { reviewMaterial } from '../review/review-material';
import { ReviewMaterialInput } from '../review/review-material.input';
import { typesLedBy, visibleMaterialTypes } from '../sharing/access';
import { postgresContentStore } from '../storage/postgres-content-store';
import { MaterialConnection } from './material-connection';
import { MaterialContent } from './material-content';
import { MaterialStatus } from './material-status';
import { Material } from './material.entity';
import { materialById } from './material.loader';
import { readMaterialContent } from './read-material-content';
import { uploadMaterial } from './upload-material';
import { UploadScalar, type UploadedFile } from './upload.scalar';

const store = postgresContentStore;

@Resolver(() => Material)
export class MaterialResolver {
  @Authorized()
  @Query(() => Material, {
    nullable: true,
    description: 'One material version by id, if the caller may see it.',
  })
  async material(
    @Arg('id', () => ID, { description: 'Material version id.' }) id: string,
    @Ctx() context: RequestContext,
  ) {
    await assertRegisteredStaff(context);
    const material = isUuid(id) ? await materialById(context).load(id) : null;
    if (!material) return null;
    const visible = await visibleMaterialTypes(context, material.applicantId);
    if (visible !== 'all' && !visible.includes(material.materialTypeCode)) {
      throw forbidden('Your department has no open task needing this material.');
    }
    return material;
  }

  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Query(() => MaterialConnection, {
    description:
      "The review desk: current versions waiting for the one-time review by the caller's department, oldest first.",
  })
  async materialsAwaitingReview(@Args() page: PageArgs, @Ctx() context: RequestContext) {
    await assertRegisteredStaff(context);
    const departmentCode = context.identity.departmentCode;
    if (!departmentCode) throw forbidden('Only department reviewers have a review desk.');
    return paginate(
      context.em,
      Material,
      {
        status: MaterialStatus.PENDING,
        supersededAt: null,
        materialTypeCode: { $in: await typesLedBy(context.em, departmentCode) },
      },
      page,
      { submittedAt: 'asc', id: 'asc' },
    );
  }

  @Authorized()
  @Query(() => MaterialContent, {
    description:
      "Reads a material version's content. A department reads only for a case on which it has an open task needing the material (or, as lead department, to review it); every such read is logged for the applicant to see.",
  })
  async materialContent(
    @Arg('id', () => ID, { description: 'Material version id.' }) id: string,
    @Arg('caseId', () => ID, {
      nullable: true,
      description:
        'The case the department reads it for; omitted by the applicant and by a lead department reviewing.',
    })
    caseId: string | null,
    @Ctx() context: RequestContext,
  ) {
    await assertRegisteredStaff(context);
    return readMaterialContent(context, store, id, caseId ?? null);
  }

  @Authorized(Role.APPLICANT, Role.WINDOW_CLERK)
  @Mutation(() => Material, {
    description:
      "Uploads a new version of an applicant's material (GraphQL multipart request), pending its one-time review; the previous version is superseded and kept.",
  })
  uploadMaterial(
    @Arg('applicantId', () => ID, { description: 'The applicant the material belongs to.' })
    applicantId: string,
    @Arg('materialTypeCode', () => ID, { description: 'Code of the material type.' })
    materialTypeCode: string,
    @Arg('file', () => UploadScalar, {
      description: 'The file: PDF, PNG, JPEG or OFD, at most 20 MiB.',
    })
    file: UploadedFile,
    @Ctx() context: RequestContext,
  ) {
    return uploadMaterial(context, store, applicantId, materialTypeCode, file);
  }

  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => Material, {
    description:
      "Verifies or rejects a pending material version, once, as a reviewer of the type's lead department.",
  })
  reviewMaterial(
    @Arg('input', () => ReviewMaterialInput, { description: 'The decision.' })
    input: ReviewMaterialInput,
    @Ctx() context: RequestContext,
  ) {
    return reviewMaterial(context, input);
  }

  @FieldResolver(() => Applicant, { description: 'The applicant the material belongs to.' })
  applicant(@Root() material: Material, @Ctx() context: RequestContext) {
    return applicantById(context).load(material.applicantId);
  }

  @FieldResolver(() => MaterialType, { description: 'The kind of material.' })
  materialType(@Root() material: Material, @Ctx() context: RequestContext) {
    return materialTypeByCode(context).load(material.materialTypeCode);
  }

  @FieldResolver(() => MaterialReview, {
    nullable: true,
    description: 'The one-time review; null while pending and for electronic licences.',
  })
  review(@Root() material: Material, @Ctx() context: RequestContext) {
    return reviewByMaterial(context).load(material.id);
  }
}
