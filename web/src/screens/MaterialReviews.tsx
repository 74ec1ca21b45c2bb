import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { ErrorBox, Result, Section } from '../ui';

const AwaitingReview = graphql(`
  query MaterialsAwaitingReview {
    materialsAwaitingReview(first: 50) {
      nodes {
        id
        fileName
        submittedAt
        materialType {
          code
          name
        }
        applicant {
          name
        }
      }
    }
  }
`);

const ReviewMaterial = graphql(`
  mutation ReviewMaterial($input: ReviewMaterialInput!) {
    reviewMaterial(input: $input) {
      id
      status
    }
  }
`);

/**
 * The one-time review of prerequisite materials: the lead department checks each material once,
 * and every other department relies on its verdict.
 */
export function MaterialReviews() {
  const t = useT();
  const [result, refetch] = useQuery({ query: AwaitingReview, requestPolicy: 'network-only' });
  const [reviewed, review] = useMutation(ReviewMaterial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const decide = async (materialId: string, decision: 'VERIFIED' | 'REJECTED') => {
    const problem = problems[materialId]?.trim();
    const done = await review({
      input: {
        materialId,
        decision,
        problems: decision === 'REJECTED' && problem ? [problem] : [],
      },
    });
    if (!done.error) refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Section title={t('materialReviews')}>
      <ErrorBox error={reviewed.error} />
      <Result result={result} isEmpty={(data) => !data.materialsAwaitingReview?.nodes.length}>
        {(data) => (
          <table>
            <tbody>
              {data.materialsAwaitingReview!.nodes.map((material) => (
                <tr key={material.id} data-material={material.materialType.code}>
                  <td>{material.applicant.name}</td>
                  <td>{material.materialType.name}</td>
                  <td>{material.fileName}</td>
                  <td>{t.date(material.submittedAt)}</td>
                  <td className="row">
                    <button onClick={() => decide(material.id, 'VERIFIED')}>{t('verified')}</button>
                    <input
                      name="problem"
                      placeholder={t('reason')}
                      value={problems[material.id] ?? ''}
                      onChange={(event) =>
                        setProblems({ ...problems, [material.id]: event.target.value })
                      }
                    />
                    <button className="danger" onClick={() => decide(material.id, 'REJECTED')}>
                      {t('reject')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Result>
    </Section>
  );
}
