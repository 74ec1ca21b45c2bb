import { sqlStatements } from '../../../services/kit';
import { center } from '../../../services/center';
import { materials } from '../../../services/materials';
import { canonicalMaterialTypes } from '../../../services/materials/material-type/material-types';
import { Material } from '../../../services/materials/material/material.entity';
import { MaterialSource } from '../../../services/materials/material/material-source';
import { MaterialStatus } from '../../../services/materials/material/material-status';
import { MaterialReview } from '../../../services/materials/review/material-review.entity';
import { ReviewDecision } from '../../../services/materials/review/review-decision';
import { startTestHub, type TestHub } from '../../kit/hub';
import { demoApplicantId } from './materials-hub';

const listing = /* GraphQL */ `
  query ($id: ID!, $first: Int!) {
    applicant(id: $id) {
      name
      materials(first: $first) {
        totalCount
        nodes {
          version
          status
          current
          applicant {
            name
          }
          materialType {
            name
            leadDepartment {
              name
            }
          }
          review {
            decision
            problems
            reviewerName
            department {
              code
              name
            }
          }
        }
      }
    }
  }
`;

let hub: TestHub;

beforeAll(async () => {
  // Only request work is measured: no event delivery polls in the background.
  hub = await startTestHub({
    subgraphs: [
      { ...center, consumers: [], workers: [] },
      { ...materials, consumers: [], workers: [] },
    ],
  });
  const em = hub.subgraph('materials').orm.em.fork();
  // 11 versions of each of the 11 types: 121 versions, every one reviewed, the last one current.
  for (const type of canonicalMaterialTypes) {
    for (let version = 1; version <= 11; version += 1) {
      const rejected = version % 3 === 0;
      const material = em.create(Material, {
        applicantId: demoApplicantId,
        materialTypeCode: type.code,
        version,
        source: MaterialSource.UPLOAD,
        status: rejected ? MaterialStatus.REJECTED : MaterialStatus.VERIFIED,
        fileName: `${type.code.toLowerCase()}-v${version}.pdf`,
        contentType: 'application/pdf',
        byteSize: 1000 + version,
        sha256: `${type.code}-${version}`.padEnd(64, '0').slice(0, 64),
        submittedBy: 'demo-applicant',
        submittedAt: new Date(Date.UTC(2026, 0, version)),
        supersededAt: version < 11 ? new Date(Date.UTC(2026, 0, version + 1)) : null,
      } as Material);
      await em.persistAndFlush(material);
      em.persist(
        em.create(MaterialReview, {
          materialId: material.id,
          decision: rejected ? ReviewDecision.REJECTED : ReviewDecision.VERIFIED,
          problems: rejected ? ['The seal is illegible.', 'Page 2 is missing.'] : [],
          reviewerSubject: `staff-${type.lead.toLowerCase()}-reviewer`,
          reviewerName: `Reviewer of ${type.lead}`,
          departmentCode: type.lead,
        } as MaterialReview),
      );
    }
  }
  await em.flush();
});

afterAll(async () => {
  await hub?.stop();
});

async function costOfListing(first: number) {
  let nodes: { review: { department: { name: string } } | null }[] = [];
  const statements = await sqlStatements.during(async () => {
    const response = await hub.query('applicant', listing, { id: demoApplicantId, first });
    expect(response.errors).toBeUndefined();
    expect(response.data.applicant.materials.totalCount).toBe(121);
    nodes = response.data.applicant.materials.nodes;
  });
  return { statements, nodes };
}

it('costs the same number of SQL statements for 100 materials with their reviews as for 10', async () => {
  const ten = await costOfListing(10);
  const hundred = await costOfListing(100);
  expect(ten.nodes).toHaveLength(10);
  expect(hundred.nodes).toHaveLength(100);
  expect(hundred.nodes.every((node) => node.review?.department.name)).toBe(true);
  expect(hundred.statements).toBe(ten.statements);
  // applicant; page + count; material types; reviews (applicant reused); departments in center
  expect(ten.statements).toBe(6);
});
