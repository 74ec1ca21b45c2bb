import { staffReplicaConsumer, type SubgraphDefinition } from '../kit';
import { Applicant } from './applicant/applicant.entity';
import { ApplicantResolver, resolveApplicantReference } from './applicant/applicant.resolver';
import { departmentReplicaConsumer } from './department/department-replica.consumer';
import { licenceConsumer } from './licence/licence-issued.consumer';
import { MaterialType } from './material-type/material-type.entity';
import {
  MaterialTypeResolver,
  resolveMaterialTypeReference,
} from './material-type/material-type.resolver';
import { Material } from './material/material.entity';
import { MaterialResolver } from './material/material.resolver';
import { migrations } from './migrations';
import { caseSubmittedConsumer } from './prerequisite/case-submitted.consumer';
import { PrerequisiteResolver } from './prerequisite/prerequisite.resolver';
import { MaterialReview } from './review/material-review.entity';
import { CaseAccess } from './sharing/case-access.entity';
import { ContentRead } from './sharing/content-read.entity';
import { ContentReadResolver } from './sharing/content-read.resolver';
import { taskAccessConsumer } from './sharing/task-access.consumer';
import { StoredContent } from './storage/stored-content.entity';
import { seedMaterials } from './seed';
import { linkResolvers } from './links/links.resolver';

export const materials: SubgraphDefinition = {
  name: 'materials',
  port: 4002,
  schema: {
    resolvers: [
      MaterialTypeResolver,
      ApplicantResolver,
      MaterialResolver,
      ContentReadResolver,
      PrerequisiteResolver,
      ...linkResolvers,
    ],
    references: {
      MaterialType: resolveMaterialTypeReference,
      Applicant: resolveApplicantReference,
    },
  },
  entities: [
    MaterialType,
    Applicant,
    Material,
    MaterialReview,
    StoredContent,
    CaseAccess,
    ContentRead,
  ],
  migrations,
  consumers: [
    taskAccessConsumer,
    licenceConsumer,
    caseSubmittedConsumer,
    staffReplicaConsumer('materials'),
    departmentReplicaConsumer,
  ],
  seed: seedMaterials,
};
