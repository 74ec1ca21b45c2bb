import { clock } from '../kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Applicant } from './applicant/applicant.entity';
import { ApplicantKind } from './applicant/applicant-kind';

/** The applicant the demo applicant account acts for (services/demo-people.ts). */
export const demoApplicantId = '50e2c72a-81d3-42af-a59c-b3c9e16dd83f';

const demoApplicants = [
  {
    id: demoApplicantId,
    kind: ApplicantKind.ENTERPRISE,
    name: 'Riverside Logistics Co., Ltd.',
    identifier: '91320506MA1R2X8K4Q',
  },
  {
    id: '9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c',
    kind: ApplicantKind.ENTERPRISE,
    name: 'Green Leaf Tea House Co., Ltd.',
    identifier: '91320505MA1N7QWE3E',
  },
  {
    id: 'c3d2e1f0-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    kind: ApplicantKind.PERSON,
    name: 'Lin Hua',
    identifier: '320502198803151234',
  },
];

export async function seedMaterials(em: EntityManager): Promise<void> {
  await em
    .createQueryBuilder(Applicant)
    .insert(demoApplicants.map((row) => ({ ...row, createdAt: clock.now() })))
    .onConflict('identifier')
    .ignore()
    .execute();
}
