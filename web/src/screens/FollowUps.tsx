import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { ErrorBox, Result, Section } from '../ui';

const FollowUpsQuery = graphql(`
  query FollowUps {
    followUps(first: 50) {
      nodes {
        id
        caseId
        departmentCode
        score
        comment
        openedAt
        response
        respondedBy
        closedAt
      }
    }
  }
`);

const CloseFollowUp = graphql(`
  mutation CloseFollowUp($id: ID!, $response: String!) {
    closeFollowUp(id: $id, response: $response) {
      id
      closedAt
    }
  }
`);

/**
 * Follow-ups of poor ratings: the supervision bureau watches them, each department answers its
 * own (department staff see only theirs).
 */
export function FollowUps(props: { canRespond: boolean }) {
  const t = useT();
  const [result, refetch] = useQuery({ query: FollowUpsQuery, requestPolicy: 'network-only' });
  const [closed, close] = useMutation(CloseFollowUp);
  const [responses, setResponses] = useState<Record<string, string>>({});
  return (
    <Section title={t('followUps')}>
      <ErrorBox error={closed.error} />
      <Result result={result} isEmpty={(data) => !data.followUps?.nodes.length}>
        {(data) => (
          <table>
            <tbody>
              {data.followUps!.nodes.map((f) => (
                <tr key={f.id} data-follow-up={f.id}>
                  <td>{'★'.repeat(f.score)}</td>
                  <td>{f.departmentCode}</td>
                  <td>{f.comment}</td>
                  <td>{t.date(f.openedAt)}</td>
                  <td>
                    {f.closedAt ? (
                      `${f.response} (${f.respondedBy})`
                    ) : props.canRespond ? (
                      <form
                        className="row"
                        onSubmit={async (event) => {
                          event.preventDefault();
                          const done = await close({ id: f.id, response: responses[f.id] ?? '' });
                          if (!done.error) refetch({ requestPolicy: 'network-only' });
                        }}
                      >
                        <input
                          name="response"
                          placeholder={t('respond')}
                          value={responses[f.id] ?? ''}
                          onChange={(event) =>
                            setResponses({ ...responses, [f.id]: event.target.value })
                          }
                        />
                        <button type="submit">{t('respond')}</button>
                      </form>
                    ) : (
                      <span className="status status-YELLOW">{t('open')}</span>
                    )}
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
